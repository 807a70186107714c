/**
 * Common questions a coach answers by text, as data: what the client asks (words) and the answer. Plain,
 * general training advice with the usual caveat where health is involved; anything specific to the client's
 * plan is answered from the plan elsewhere. Order is precedence.
 */
export const FAQ_TOPICS = ['kit_needed', 'same_day', 'treadmill', 'creatine', 'supplements', 'protein', 'rest_day_cardio', 'cardio', 'cross_training', 'stretching', 'warm_up', 'sleep', 'eat_before', 'alcohol', 'rest_between_sets', 'weight_loss', 'weather', 'doubles', 'easy_too_slow'] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

export const FAQ: ReadonlyArray<{ topic: FaqTopic; re: RegExp; answer: string }> = [
  // "do I need a bench?", "should i buy a barbell?": a question about kit, never a change of it (at the summary
  // it used to replace the client's kit with a bench).
  {
    topic: 'kit_needed',
    re: /^(?=.*\b(?:bench|barbell|bar|rack|squat rack|power rack|dumbbells?|dbs?|kettlebells?|kbs?|cables?|machines?|pull ?-?up bar|bands?|plates|equipment|weights|a gym|gym membership)\b)(?=.*(?:\b(?:do|will|would) i (?:really |even |still )?(?:need|have to (?:have|get|buy|own))\b|\b(?:should|must) i (?:get|buy|invest in|pick up|own)\b|\b(?:is|are) (?:a |an |some )?[a-z-]+(?: [a-z-]+)? (?:necessary|required|needed|essential|a must)\b))/,
    answer: 'No - your plan only uses the kit you have, and every exercise has a version for it. At home, a bench and a few heavier dumbbells add the most options; if your kit changes later, text "new plan" and I\'ll rebuild it for what you have.',
  },
  // "can i lift and run on the same day?", "should i run before or after lifting": concurrent training order.
  {
    topic: 'same_day',
    re: /\b(lift|lifting|weights|strength|gym)\b.*\b(run|running|runs|cardio)\b.*\b(same day|one day|together|before or after|after or before|first)\b|\b(run|running|runs|cardio)\b.*\b(lift|lifting|weights|strength|gym)\b.*\b(same day|one day|together|before or after|after or before|first)\b|\b(run|cardio)\b (?:before or after|after or before|before|after) (?:i )?(?:lift|lifting|weights|the gym)\b|\b(lift|lift weights|lifting|the gym) (?:before or after|after or before|before|after) (?:i )?(?:run|running|cardio)\b/,
    answer: "Yes, both on one day is fine. Do the one that matters more that day first (before a race, the run) and keep the two 6+ hours apart if you can; back to back, run easy first and lift after. Keep heavy leg work off the day before a long or hard run.",
  },
  // Runners' two most common "is this right?" questions (found texting as runners).
  { topic: 'doubles', re: /\b(run|runs|running|jog)\b.*\b(twice|two times|2x|double)\b|\b(twice|two runs|2 runs|double|doubles)\b.*\b(a day|in a day|today|same day|per day)\b/, answer: "You can, but it's rarely worth it below about 40-50 mi (65-80 km) a week: one run of the day's distance builds more endurance than two halves. If a busy day forces it, split an easy day (not a long run or workout), keep both easy and text me both distances." },
  { topic: 'easy_too_slow', re: /\bwhy\b(?:(?!\b(?:week|today|tomorrow|day)\b).)*\bslow\b|\b(easy|long)\b.*\b(pace|runs?)\b.*\btoo slow\b|\bslow(?:er)? than\b.*\b(easy|long)\b/, answer: 'Slow on purpose: easy runs at about 60-70% of your max effort build the aerobic engine (capillaries, mitochondria) with little fatigue, so your tempo and interval days can be hard. Most good runners do about 80% of their running this easy. Text "what pace should my easy runs be" for your range.' },
  { topic: 'treadmill', re: /\b(treadmill|dreadmill)\b/, answer: 'Yes - a treadmill run counts. Set a 1% incline so it feels like running outside, run by effort (easy should stay conversational), and log the distance or time.' },
  { topic: 'creatine', re: /\bcreatine\b/, answer: 'Creatine monohydrate (3-5 g a day, any time) is the best-studied supplement for lifting: a little more strength and muscle for most people. Skip loading phases and fancy forms. Check with your doctor if you have kidney issues.' },
  { topic: 'supplements', re: /\b(supplements?|pre ?-?workout|bcaas?|fat burners?|vitamins?)\b/, answer: 'Food, sleep and showing up do almost all of the work. Beyond that only a few things have good evidence: creatine, caffeine before training, protein powder if you struggle to eat enough protein, vitamin D if you are low.' },
  { topic: 'protein', re: /\bprotein\b/, answer: 'Aim for roughly 0.7-1 g of protein per lb of body weight a day (1.6-2.2 g/kg), spread over 3-4 meals. Protein powder is just convenient food.' },
  { topic: 'rest_day_cardio', re: /\b(cardio|walk|walking|bike|cycling|swim|swimming|jog|run|yoga|hike)\b.*\b(rest|off) days?\b|\b(rest|off) days?\b.*\b(cardio|walk|walking|bike|cycling|swim|swimming|jog|run|yoga|hike)\b|\bactive recovery\b/, answer: 'Yes - easy movement on rest days helps recovery: a walk, an easy bike or swim, 20-40 min at a pace you could chat at. Keep it easy so it does not take away from your next session.' },
  // "should i do cardio too?", "how much cardio": beside the lifting, not only on rest days.
  { topic: 'cardio', re: /\b(cardio|conditioning|hiit|steps)\b/, answer: 'Yes, some cardio helps - for your heart, recovery and fat loss: 2-3 sessions a week of 20-40 min (brisk or incline walk, bike, rower), easy enough to talk, on rest days or after lifting. Daily steps count too. Keep hard intervals to 1-2 a week so your lifting does not suffer.' },
  // "is it ok if i also do yoga?", "can I still play soccer on weekends": another activity beside the plan.
  { topic: 'cross_training', re: /\b(yoga|pilates|barre|swim|swimming|cycling|bike rides?|biking|spin(?: class(?:es)?)?|peloton|climbing|bouldering|soccer|football|basketball|tennis|pickleball|hiking|crossfit|boxing|martial arts|bjj|jiu jitsu|dance|dancing|rowing|hot yoga)\b/, answer: "Yes - other activities fit around the plan. Keep them easy or short the day before a hard session or long run, and if you're sore or tired from them, tell me and I'll adjust. Log them if you like ('45 min yoga')." },
  { topic: 'stretching', re: /\b(stretch|stretching|mobility|foam roll|foam rolling)\b/, answer: 'Stretching is optional: do it if it feels good or you need the range for a lift. Before training, a few minutes of light cardio and warm-up sets do more than static stretching.' },
  { topic: 'warm_up', re: /\bwarm ?-?up\b|\bwarming up\b/, answer: 'Warm up with 5 min of easy cardio, then 2-4 lighter sets of your first lift, building up to the working weight (e.g. bar x10, 50% x5, 70% x3, 85% x1).' },
  { topic: 'sleep', re: /\bsleep\b.*\b(how much|enough|need)\b|\bhow much sleep\b/, answer: 'Most people recover best on 7-9 hours. A short night now and then is fine; on a rough day, keep the plan and stop each set a rep or two earlier.' },
  { topic: 'eat_before', re: /\b(eat|food|meal|fasted|empty stomach)\b.*\b(before|after)\b.*\b(workout|training|lifting|run|gym|session)\b|\b(pre|post) ?-?workout meal\b/, answer: 'A normal meal 1-3 hours before training works for most people; if you train early, a small snack (banana, toast) is enough. After training, a meal with protein within a few hours.' },
  { topic: 'alcohol', re: /\b(alcohol|beer|beers|wine|drinks|drinking|hungover|hangover)\b/, answer: 'A drink or two now and then is fine; heavy drinking hurts sleep and recovery for a day or two. If you are hungover, do the session lighter or move it.' },
  { topic: 'rest_between_sets', re: /\b(rest|wait|break)\b.*\bbetween sets\b|\bhow long (?:should i )?rest\b/, answer: 'Rest about 2-3 min between heavy sets of big lifts and 1-2 min on smaller exercises. Your workout lists the rest where it matters.' },
  { topic: 'weight_loss', re: /\b(lose weight|losing weight|weight loss|lose fat|cut|cutting|calories|diet)\b|\bweight\b.*\blose\b|\blose\b.*\b(?:per|a|each) week\b/, answer: 'Fat loss comes mostly from eating a little less than you burn (about 300-500 kcal a day) with plenty of protein; the training keeps the muscle. Aim for about 0.5-1% of body weight a week.' },
  { topic: 'weather', re: /\b(weather|rain|raining|snow|snowing|too hot|too cold|heat)\b/, answer: "I can't see the weather, but: in heat run by effort not pace and drink more; in rain or snow a treadmill or the same session indoors is fine. Text me what you did and I'll log it." },
];

/** The topic of a general training question, or null. */
export function faqTopic(text: string): FaqTopic | null {
  return FAQ.find((f) => f.re.test(text))?.topic ?? null;
}

export function faqAnswer(topic: FaqTopic): string {
  return FAQ.find((f) => f.topic === topic)!.answer;
}
