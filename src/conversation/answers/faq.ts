/**
 * Common questions a coach answers by text, as data: what the client asks (words) and the answer. Plain,
 * general training advice with the usual caveat where health is involved; anything specific to the client's
 * plan is answered from the plan elsewhere. Order is precedence.
 */
import { saysCleared } from '../parse/clearance.js';
import { jointFeelAnswer } from './joint-feel.js';
import { NOT_PAST_PREGNANCY } from '../parse/health.js';

export const FAQ_TOPICS = ['quitting', 'postpartum', 'pregnancy', 'bone_health', 'medical', 'surgery', 'triathlon', 'other_sport_plan', 'youth', 'smith_machine', 'shoes', 'kit_needed', 'same_day', 'treadmill', 'creatine', 'supplements', 'protein', 'rest_day_cardio', 'rest_day_what', 'cardio', 'cross_training', 'stretching', 'warm_up', 'sleep', 'race_fueling', 'eat_before', 'caffeine', 'alcohol', 'rest_between_sets', 'session_length', 'extra_day', 'supersets', 'grip', 'short_on_time', 'rest_days', 'walk_breaks', 'why_sets', 'why_pauses', 'why_rir', 'add_arms', 'time_of_day', 'plateau', 'do_more', 'after_plan', 'weight_loss', 'diet', 'weather', 'heat_out', 'snow_out', 'doubles', 'easy_too_slow', 'run_swap', 'days_in_a_row', 'back_to_back', 'trails', 'train_around_injury', 'heart_rate', 'pr_told', 'too_heavy', 'week_total', 'joint_feel', 'lift_told', 'old_numbers', 'race_nerves', 'other_sport_day', 'time_alone', 'not_programmed', 'make_up'] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

/**
 * "i'm done with this", "im done with this app", "I'm done", "i give up", "this is pointless": a client fed up or
 * quitting, never a workout logged as done ("done with this workout", "i'm done for today" and "quit after 3
 * sets" are sessions, read by the log rules).
 */
const QUITTING: readonly RegExp[] = [
  /\bdone with (?:this|that|you|it all|all (?:of )?(?:this|it)|cadence|(?:this|the|your) (?:app|program|programme|plan|coach|coaching|thing|crap|shit|texts?|service)|coaching|these texts|training|working out)\b(?! (?:workout|session|sets?|week|run|lift|one|block|exercise|circuit|part|round|today))/,
  /\b(?:i'?m|im|i am|i'm just|we'?re) (?:so |just |really |totally |officially |pretty much |honestly )*done[.! ]*(?:$|[,.;!] ?(?:this|it'?s|its|i'?m|im|ugh|seriously|honestly|nothing|not|why|what'?s the point))/,
  /\bi (?:quit|give up)\b(?! (?:after|at|on (?:the|set|rep|my last)|halfway|half way|partway|part way|\d|smoking|drinking|vaping))/,
  /\b(?:want|going|gonna|thinking (?:about|of)|think i'?ll|about) (?:to )?quit(?:ting)?\b(?! (?:smoking|drinking|vaping|my job|sugar|caffeine|coffee|after|at \d))/,
  /\b(?:i'?m|im|i am) (?:so |just |totally )*over (?:this|it|you|training|all (?:of )?this)\b(?! (?:week|workout|session|cold|flu|injury|soreness))/,
  /\b(?:this|it|this app|this plan|this program|the plan|the app) (?:is|'?s)? ?(?:so |just |totally )*(?:pointless|useless|a waste of (?:time|money)|not working(?: for me)?|garbage|trash)\b/,
  // "you suck", "ur useless", "f u": an insult is a client fed up, asked what's wrong (was "didn't get that").
  /\b(?:you|u|ya|cadence|this app|this plan|your plan|this program|these texts|this coach)(?: really| just| honestly)? (?:suck|sucks|stink|stinks|(?:are|r|is)(?: so| really| fucking| literally)? (?:useless|garbage|trash|the worst|terrible|awful|stupid|dumb|an idiot|a joke|annoying|worthless))\b|\b(?:ur|you'?re|youre) (?:so |really |fucking |literally )?(?:useless|garbage|trash|the worst|terrible|awful|stupid|dumb|an idiot|a joke|annoying|worthless)\b|\b(?:fuck|screw|f) (?:you|u|off|this app|this)\b(?! (?:workout|session|run|week|set|lift|weather|hill|rain|snow|cold|heat|treadmill)s?\b)/,
];


/** Why easy runs are slow; with a plan the runner's own range follows it (handlers coach_faq), without one a pointer to it. */
export const EASY_SLOW_WHY = 'Slow on purpose: easy runs at about 60-70% of your max effort build the aerobic engine (capillaries, mitochondria) with little fatigue, so your tempo and interval days can be hard. Most good runners do about 80% of their running this easy.';

/**
 * "ACL reconstruction 2 yrs ago, it's fine now", "had my hip replaced years ago", "fully recovered": an operation long
 * behind the client and healed. Told that, a coach does not wish them luck with it or tell them to pause.
 */
const HEALED = /\b(?:(?:\d+|a few|a couple(?: of)?|couple(?: of)?|two|three|four|five|six|seven|eight|nine|ten|several|many) ?(?:years?|yrs?) ago|years ago|last year|the year before last|(?:a )?long time ago|back in (?:19|20)\d\d|fully (?:healed|recovered)|(?:healed|recovered) (?:fine|well|completely|fully|up)|no (?:issues|problems|pain|trouble) (?:since|now|anymore|any more))\b|\b(?:it'?s|its|it is|is|all|knee'?s|hip'?s|shoulder'?s|back'?s) (?:totally |completely |mostly |pretty much |100% |all )?(?:fine|good|ok|okay|healed|solid|great|fully healed) now\b/;

/**
 * `cleared`: the answer when the client says they have their doctor's OK already (never told to go and get it);
 * `healed` (optional): what also counts as that for the topic (an operation years ago that has healed). `re` null: a
 * topic no question asks for, answered when another reader hands it over (the weather told, parse/weather.ts).
 */
export const FAQ: ReadonlyArray<{ topic: FaqTopic; re: RegExp | null; answer: string; cleared?: string; healed?: RegExp }> = [
  // A client fed up: asked what's wrong, told how to stop, nothing logged.
  {
    topic: 'quitting',
    re: new RegExp(QUITTING.map((r) => r.source).join('|')),
    answer: "Sorry it's feeling that way - what's not working? Too much, too hard, the wrong days or times, or something else? Tell me and I'll change the plan. If you just meant you finished today's session, text \"done\" and I'll log it. To take a break text PAUSE; to stop my texts altogether text STOP.",
  },
  // Health first (also when told, not asked: HEALTH_TOPICS below). A coach by text never judges medical
  // safety; it says the usual safe defaults and sends the client to their doctor.
  // "had a baby 8 months ago", "used to squat 185 before pregnancy": after the birth, not during - before the
  // pregnancy row, which would otherwise congratulate a mother of an 8-month-old on her pregnancy.
  {
    topic: 'postpartum',
    re: /\b(postpartum|post-partum|post ?natal|post-pregnancy|gave birth|gave birth to|had (?:a|my|our|the) (?:(?:first|second|third|1st|2nd|3rd|4th|new) )?(?:baby|son|daughter|kid|little one|twins)|(?:before|after|since) (?:my |the |our )?(?:(?:first|second|third|last|latest|1st|2nd|3rd|4th|most recent|youngest'?s?) )?(?:pregnancy|pregnancies|baby|birth|c-?section|delivery)|c-?section|new mom|new mum|(?:\d+|a few|six|eight|\w+) (?:weeks?|months?) postpartum)\b/,
    answer: "Congratulations on the baby! Get the OK from your doctor or a pelvic-floor physio before heavy lifting, running or jumping; we start lighter than before. Tell me about any ab separation or leaking and I'll plan around it.",
    cleared: "Congratulations on the baby, and great that you're cleared! We start lighter than before and build back up. Tell me about any ab separation or leaking and I'll plan around it.",
  },
  {
    topic: 'pregnancy',
    // Not a pregnancy told in the past ("since my second pregnancy", "pre-pregnancy"): that is postpartum, above.
    re: new RegExp(String.raw`${NOT_PAST_PREGNANCY}\b(pregnant|pregnancy|expecting a baby|(?:first|second|third) trimester|weeks along)\b`),
    answer: "Congratulations! Most people can keep training while pregnant, but check with your doctor or midwife first and follow what they say. Meanwhile keep every session easy enough to talk, skip lying flat on your back later on, max lifts, breath-holding and fall risks, and stop if anything feels off. Text PAUSE if you'd rather stop the plan for now.",
  },
  {
    topic: 'bone_health',
    re: /\b(osteoporosis|osteopenia|bone density|brittle bones)\b/,
    answer: "Strength and balance training is one of the best things for your bones, and most doctors recommend it. Keep your back straight under load (no sit-ups, toe touches or twisting with weight), add weight slowly, and practise balance near a counter. Please check the plan with your doctor or physio and tell me anything they rule out.",
  },
  {
    topic: 'medical',
    re: /\b(heart (?:condition|disease|problems?|attack|surgery)|high blood pressure|hypertension|blood pressure|diabet(?:es|ic)|asthma|epilepsy|seizures?|hernia|cancer|chemo|pacemaker|stroke|had surgery|after surgery|post ?-?op)\b/,
    answer: "I can't judge medical safety by text, so please check the plan with your doctor and tell me anything they rule out (a lift, breath-holding, hard intervals) - I'll plan around it. Stop and get help for chest pain, fainting or unusual breathlessness.",
  },
  // "knee surgery next week", "had shoulder surgery 3 weeks ago", "getting my acl fixed": an operation ahead
  // or behind (a heart operation is the medical row above). Never a week's schedule.
  {
    topic: 'surgery',
    re: /\b(surgery|surgeries|operation|acl (?:repair|reconstruction)|(?:knee|hip|shoulder) replacement|arthroscop\w*|scoped)\b|\b(?:getting|having|get) (?:my |a )?(?:acl|meniscus|labrum|rotator cuff|knee|hip|shoulder|ankle|achilles|back|wrist|elbow)\b.*\b(?:fixed|repaired|scoped|replaced|done|operated)\b/,
    answer: "Good luck with it. Before an operation, keep training as planned but nothing new or hard for that part in the last week. After it, your surgeon's and physio's rehab comes first: text PAUSE for the time off, and once you're cleared, tell me what you may and may not do (e.g. 'cleared to squat light', 'no overhead pressing for 6 weeks') and I'll plan around it.",
    cleared: "Good to know, and glad it healed well. I'll build that part up gradually; tell me anything you'd rather not do with it, and tell me if it ever complains.",
    healed: HEALED,
  },
  // What Cadence does not build, said honestly with what it does: a triathlete gets the run (a half Ironman's
  // run is a half marathon, parse/race.ts), a cyclist or swimmer the lifting or a race plan beside their sport.
  {
    topic: 'triathlon',
    re: /\b(triathlons?|triathletes?|tri (?:training|season|plan)|(?:half |full )?iron ?man|70\.3|140\.6|duathlons?|(?:sprint|olympic) tri)\b/,
    answer: "I coach running and strength, not swimming or cycling, so I'll build the run of your race and you fit your swims and rides around it (keep them easy the day before a long run, and tell me if they leave you tired).",
  },
  {
    topic: 'other_sport_plan',
    re: /\b(cycling|bike|biking|swim|swimming|rowing|spin)\b.*\b(plan|program|programme|schedule|workouts?|training)\b|\b(plan|program|programme|coach)\b.*\bfor (?:my )?(?:cycling|biking|swimming|rowing|the bike|the swim)\b/,
    answer: "I don't build cycling or swim plans - I coach running and strength. I can add a lifting plan (2-3 days) or a run plan around your riding or swimming; tell me your days and I'll keep your hard sessions apart.",
  },
  // "is it ok to lift at 15?", "does lifting stunt growth": the question parents and teens ask (AAP, NSCA).
  {
    topic: 'youth',
    re: /\bstunt(?:s|ed|ing)? (?:your |my |his |her )?growth\b|\bgrowth plates?\b|\b(?:lift|lifting|weights|strength train(?:ing)?|gym)\b.*\b(?:at|i'?m|im|i am|aged?) (?:1[0-7])\b|\b(?:at|i'?m|im|i am|aged?) (?:1[0-7])\b.*\b(?:lift|lifting|weights|strength train(?:ing)?|gym)\b|\b(?:teens?|teenagers?|kids?)\b.*\b(?:lift|lifting|weights)\b/,
    answer: "Yes - strength training is safe and good for teens when technique comes first: studies find no harm to growth plates or height from supervised lifting. Start light, master each movement before adding weight, add it slowly, and have a coach or parent watch your form on the big lifts.",
  },
  // "is the smith machine ok for squats or should i find a real rack", "smith or free weights?": Planet Fitness
  // members' first question (found texting as one); before kit_needed, which a "rack" in it would otherwise take.
  {
    topic: 'smith_machine',
    // "do i squat on the smith machine?", "can i use the smith for squats": a squat asked about at a gym with a Smith machine.
    re: /\bsmith\b.*\b(ok|okay|fine|good|bad|worse|better|count|counts|real|same|instead|enough|cheating|legit|or|vs|versus|squats?|squatting)\b|\b(ok|okay|fine|good|bad|cheating|legit|squats?|squatting)\b.*\bsmith\b/,
    answer: "Yes - a Smith machine squat is a real squat. The fixed bar path takes balance out of it, so you'll handle a bit more than on a free bar and the numbers don't carry over one for one; that's fine. Put your feet a little in front of the bar, squat to the same depth and stop at the planned reps in reserve, and log it as 'smith squat 3x8 at 95'. If you get a rack later, tell me and I'll switch you to barbell squats.",
  },
  // "what shoes do i need", "are my nikes ok for lifting": runners' and lifters' shoes (was "outside what I can answer").
  {
    topic: 'shoes',
    re: /\b(?:shoes?|sneakers|nikes|hokas|asics|lifting shoes|running trainers|new trainers)\b/,
    answer: "For running, the comfortable pair you already run in is fine: replace them around 300-500 mi (500-800 km) or when they feel flat, and never race in a brand-new pair. For lifting, a flat, firm sole beats a soft running shoe (squat shoes help if you like them; deadlifting in socks or flat shoes is fine). Any pain that starts with new shoes, tell me.",
  },
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
  // Runners' questions about the run itself (found texting as runners): before the general activities below.
  {
    topic: 'run_swap',
    re: /\b(swap|switch|replace|sub|substitute|trade)\b.*\b(runs?|running|long run)\b.*\b(bike|biking|cycling|ride|spin|peloton|elliptical|swim|swimming|rower|rowing)\b|\b(bike|biking|cycling|ride|spin|peloton|elliptical|swim|swimming|rower|rowing)\b.*\b(instead of|in place of|rather than|for)\b.*\b(my |the |today'?s )?(runs?|running)\b/,
    answer: "Now and then, yes: ride (or elliptical, swim) for about the run's time plus a quarter, at the same effort - an easy run becomes an easy spin you could chat through; a workout becomes the same intervals by effort. It keeps the fitness with less pounding, but running is what gets your legs ready for the race, so keep swaps to the odd day (or to a niggle). Log it like '50 min bike'.",
  },
  // "can i run 2 days in a row" (was a change to 2 training days, refused: "A race plan needs at least 3 run days").
  {
    topic: 'days_in_a_row',
    re: /\bdays? (?:in a row|straight|back ?-?to ?-?back)\b|\bconsecutive days\b|\bback ?-?to ?-?back days\b|\b(?:run|lift|train|work ?out)\w* (?:on )?(?:consecutive|back ?-?to ?-?back) days\b/,
    answer: 'Yes - easy runs or lifts on back-to-back days are fine. What needs a day between is two hard sessions (intervals, a tempo, the long run, heavy legs); your plan spaces those out.',
  },
  {
    topic: 'back_to_back',
    re: /\bback ?-?to ?-?back\b.*\b(long|runs?)\b|\blong runs?\b.*\bback ?-?to ?-?back\b/,
    answer: "Back-to-back long runs (a long run one day, a medium-long run the next) are an ultra tool: they teach your legs to run tired without one huge run. For a marathon or shorter, one long run a week does the job. For an ultra, add them in the last 8-10 weeks before the taper: the second run about half to two-thirds of the first, easy, never in an easier week or the taper.",
  },
  {
    topic: 'trails',
    re: /\b(trails?|off ?-?road|hills?|hilly)\b.*\b(runs?|running|long run)\b|\b(runs?|running|long run)\b.*\b(on|in|up) (the )?(trails?|hills?)\b/,
    answer: 'Yes - run trails and hills by effort and time, not pace: climbs and footing make every mile slower, and that is fine (walk the steep ups on a long run). Keep easy days conversational, and log the distance and time.',
  },
  {
    // "how is my shoulder supposed to feel on bench", "what should my knee feel like when i squat", "is my back supposed
    // to feel it on deadlifts": what a joint should feel in a lift - worked muscles yes, a sharp or pinching joint no.
    topic: 'joint_feel',
    re: /\b(?:how|what) (?:is|are|should|does|do) (?:my |the )?(?:left |right )?(?:shoulders?|knees?|back|lower back|hips?|elbows?|wrists?|neck|ankles?) (?:supposed to |meant to |gonna |going to )?(?:feel|be feeling)\b|\b(?:is|are) (?:my |the )?(?:left |right )?(?:shoulders?|knees?|back|lower back|hips?|elbows?|wrists?) (?:supposed|meant) to (?:feel|hurt|ache|be sore)\b|\b(?:should|do) i (?:feel|be feeling) (?:it|this|that|anything) in (?:my |the )?(?:shoulders?|knees?|lower back|back|hips?|elbows?|wrists?)\b/,
    // The lift's own cue is added where the text names it (joint-feel.ts, via the handler).
    answer: jointFeelAnswer(''),
  },
  {
    topic: 'train_around_injury',
    re: /\bcan i still (lift|train|work ?out|bike|cycle|swim|cross ?-?train|do (anything|something|the gym))\b|\b(lift|train|work ?out|bike|swim|cross ?-?train)\b.*\b(with|while|around)\b.*\b(injur\w*|hurt\w*|shin splints|pain|sore|niggle)\b/,
    answer: "Yes - train what doesn't hurt it: bike, swim, elliptical or pool running keep your fitness, and strength work that doesn't load the sore spot (upper body and core; for shins, feet or ankles nothing with jumping) is fine. Stop anything that makes it hurt more, and tell me when it feels fine so running comes back.",
  },
  // runner18: "should i make it up tmrw?" after a short or missed run: no (was unanswered, a sleep tip in its place).
  { topic: 'make_up', re: /\b(?:make|making) (?:it|them|that|those|the (?:miles?|run|runs|rest|distance|difference|workout|session)) up\b|\bmake up (?:for )?(?:the |my |those |that )?(?:miles?|runs?|distance|rest|missed|workout|session|it)\b|\bcatch up (?:on )?(?:the |my )?(?:miles?|runs?|distance)\b|\badd (?:the |those |them |it |the missed \w+ )?(?:miles? )?(?:on )?to (?:tomorrow|tmrw|tmr|tomorrows?|the next|my next|the long run|sunday|saturday)\b/, answer: "No need to make it up: adding missed miles to the next runs makes them harder and raises the injury risk, for almost no extra fitness. Run the next day as planned; one short day costs nothing." },
  // Runners' two most common "is this right?" questions (found texting as runners).
  { topic: 'doubles', re: /\b(run|runs|running|jog)\b.*\b(twice|two times|2x|double)\b|\b(twice|two runs|2 runs|double|doubles)\b.*\b(a day|in a day|today|same day|per day)\b/, answer: "You can, but it's rarely worth it below about 40-50 mi (65-80 km) a week: one run of the day's distance builds more endurance than two halves. If a busy day forces it, split an easy day (not a long run or workout), keep both easy and text me both distances." },
  { topic: 'easy_too_slow', re: /\bwhy\b(?:(?!\b(?:week|today|tomorrow|day)\b).)*\bslow\b|\b(easy|long)\b.*\b(pace|runs?)\b.*\btoo slow\b|\bslow(?:er)? than\b.*\b(easy|long)\b/, answer: `${EASY_SLOW_WHY} Text "what pace should my easy runs be" for your range.` },
  // "my watch said avg hr 165 on the easy run is that too high": a heart rate asked about (was read as a 165 mi run).
  { topic: 'heart_rate', re: /\b(hr|heart ?rate|bpm|pulse)\b.*\b(too high|high|normal|ok|okay|bad|fine|too fast|worried|concerned)\b|\b(too high|high|normal)\b.*\b(hr|heart ?rate|bpm)\b/, answer: "Heart rate varies a lot from person to person, and wrist watches often read high, so I go by effort: an easy run should feel conversational - full sentences, breathing through your nose most of the time. If it does, you're fine whatever the watch says; if not, slow down or take walk breaks. Heat, poor sleep, stress, caffeine and hills all push it up. Chest pain, dizziness or a racing heart at rest: stop and see a doctor." },
  { topic: 'creatine', re: /\bcreatine\b/, answer: 'Creatine monohydrate (3-5 g a day, any time) is the best-studied supplement for lifting: a little more strength and muscle for most people. Skip loading phases and fancy forms. Check with your doctor if you have kidney issues.' },
  { topic: 'supplements', re: /\b(supplements?|pre ?-?workout|bcaas?|fat burners?|vitamins?)\b/, answer: 'Food, sleep and showing up do almost all of the work. Beyond that only a few things have good evidence: creatine, caffeine before training, protein powder if you struggle to eat enough protein, vitamin D if you are low.' },
  { topic: 'protein', re: /\bprotein\b/, answer: 'Aim for roughly 0.7-1 g of protein per lb of body weight a day (1.6-2.2 g/kg), spread over 3-4 meals. Protein powder is just convenient food.' },
  { topic: 'rest_day_cardio', re: /\b(cardio|walk|walking|bike|cycling|swim|swimming|jog|run|yoga|hike)\b.*\b(rest|off) days?\b|\b(rest|off) days?\b.*\b(cardio|walk|walking|bike|cycling|swim|swimming|jog|run|yoga|hike)\b|\bactive recovery\b/, answer: 'Yes - easy movement on rest days helps recovery: a walk, an easy bike or swim, 20-40 min at a pace you could chat at. Keep it easy so it does not take away from your next session.' },
  // After rest-day cardio: "should i walk on the treadmill on off days" asks about the day, not the machine.
  { topic: 'treadmill', re: /\b(treadmill|dreadmill)\b/, answer: 'Yes - a treadmill run counts. Set a 1% incline so it feels like running outside, run by effort (easy should stay conversational), and log the distance or time.' },
  // "what should i do on rest days?", "anything for my off days?": what a rest day is for, the coach's short list.
  { topic: 'rest_day_what', re: /\bwhat (?:should|do|can|could|would) (?:i|we) (?:do )?(?:on|for|during|with) (?:my |the |a |our )?(?:rest|off|recovery) days?\b|\b(?:anything|something) (?:to do |i should do |i can do )?(?:on|for) (?:my |the )?(?:rest|off|recovery) days?\b|\bhow (?:should|do|can) i (?:spend|use) (?:my |the )?(?:rest|off) days?\b|\b(?:rest|off) days?\b.*\bwhat (?:should|do|can) i do\b/, answer: "Recover so your next session goes well: a walk (20-40 min, or just your usual steps), 10 min of easy mobility or stretching if you're stiff, and a good night's sleep (7-9 hours). Anything else easy enough to chat through is fine - keep the hard work for training days." },
  // "should i do cardio too?", "how much cardio": beside the lifting, not only on rest days.
  { topic: 'cardio', re: /\b(cardio|conditioning|hiit|steps)\b/, answer: 'Yes, some cardio helps - for your heart, recovery and fat loss: 2-3 sessions a week of 20-40 min (brisk or incline walk, bike, rower), easy enough to talk, on rest days or after lifting. Daily steps count too. Keep hard intervals to 1-2 a week so your lifting does not suffer.' },
  // "is it ok if i also do yoga?", "can I still play soccer on weekends": another activity beside the plan.
  { topic: 'cross_training', re: /\b(yoga|pilates|barre|swim|swimming|cycling|bike rides?|biking|spin(?: class(?:es)?)?|peloton|climbing|bouldering|soccer|football|basketball|tennis|pickleball|hiking|crossfit|boxing|martial arts|bjj|jiu jitsu|dance|dancing|rowing|hot yoga)\b/, answer: "Yes - other activities fit around the plan. Keep them easy or short the day before a hard session or long run, and if you're sore or tired from them, tell me and I'll adjust. Log them if you like ('45 min yoga')." },
  { topic: 'stretching', re: /\b(stretch|stretching|mobility|foam roll|foam rolling)\b/, answer: "Stretching and foam rolling are optional: do them if they feel good, 30-60 s a spot with easy pressure (for a tight IT band, roll the outer thigh and glute, not hard on the band). Before training, a few minutes of easy cardio and warm-up sets or strides do more than static stretching. If tightness turns into pain, tell me and I'll adjust." },
  { topic: 'warm_up', re: /\bwarm ?-?up\b|\bwarming up\b/, answer: 'Warm up with 5 min of easy cardio, then 2-4 lighter sets of your first lift, building up to the working weight (e.g. bar x10, 50% x5, 70% x3, 85% x1).' },
  // "can't sleep, should i still train tomorrow?": a short night asked about, not reported.
  { topic: 'sleep', re: /\bsleep\b.*\b(how much|enough|need)\b|\bhow much sleep\b|\b(?:can'?t|cant|couldn'?t|didn'?t|did not|barely|no|bad|poor|little|not enough) (?:sleep|slept)\b|\bslept (?:badly|bad|poorly|like crap|\d (?:hours?|hrs?))\b|\bsleeping (?:like |about |only |around |maybe )?\d+ ?(?:hours?|hrs?)\b|\binsomnia\b/, answer: 'Most people recover best on 7-9 hours. A short night now and then is fine; on a rough day, keep the plan but ease the effort: stop each set a rep or two earlier, and run any hard run as an easy one.' },
  // A runner's fuel on long runs and races: the general rule a coach gives by text.
  { topic: 'race_fueling', re: /\b(?:eat|fuel|fueling|fuelling|gels?|carbs?|drink)\b.*\b(?:during|on|in) (?:my |the |a )?(?:long runs?|races?|marathon|half)\b|\b(?:gels?|fuel(?:ing|ling)?|carb ?-?load(?:ing)?)\b.*\?|\bhow (?:many|often) gels?\b/, answer: 'Runs under about 75 min need only water. Longer: 30-60 g of carbs an hour (a gel or a handful of chews every 30-40 min) from the first 30-45 min, with water. Practise it on your long runs so race day holds no surprises, and the 2 days before a half or marathon eat more carbs than usual.' },
  // "what should i eat before", "what to eat after": asked bare, the session is the one meant.
  { topic: 'eat_before', re: /\b(eat|food|meal|fasted|empty stomach)\b.*\b(before|after)\b.*\b(workout|training|lifting|run|gym|session)\b|\b(pre|post) ?-?workout meal\b|\bwhat (?:should|do|can|would) i eat (?:before|after)(?: it| then| hand)?\W*$|\bwhat to eat (?:before|after)\b/, answer: 'A normal meal 1-3 hours before training works for most people; if you train early, a small snack (banana, toast) is enough. After training, a meal with protein within a few hours.' },
  // "coffee before a run ok?": caffeine is no supplement to sell; before training it is fine for most people.
  { topic: 'caffeine', re: /\b(coffee|caffeine|espresso|energy drinks?|red ?bull|monster)\b/, answer: 'Coffee before training is fine, and many people train better with it: a cup 30-60 min before. Keep it out of the late afternoon if it costs you sleep, and before a race have only what you have tried on training days.' },
  // "ok to drink the night before a long run": to drink, said alone, is alcohol (water and the like are named).
  { topic: 'alcohol', re: /\b(alcohol|beer|beers|wine|drinks|drinking|hungover|hangover)\b|\bdrink\b(?! (?:water|more|enough|electrolytes|fluids|milk|juice|a shake|a protein|protein|coffee|tea))/, answer: 'A drink or two now and then is fine; heavy drinking hurts sleep and recovery for a day or two. If you are hungover, do the session lighter or move it.' },
  // "can i superset stuff to save time": yes, with pairs that do not compete, the day's main lift on its own.
  { topic: 'supersets', re: /\bsuper ?-?sets?\b|\bsuperset\w*\b|\bsuper ?set(?:ting)?\b/, answer: "Yes - to save time, pair lifts that don't compete: a push with a pull (bench with rows), or an upper lift with a lower accessory. Do a set of one, rest about a minute, then a set of the other. Keep the day's main lift (squat, bench, deadlift) on its own with full rest: its heavy sets need it." },
  // "my grip gives out on deadlifts before my legs do", "can i use straps": grip is trained and helped, never a pain report.
  { topic: 'grip', re: /\bgrip\b.*\b(?:gives? out|giving out|gave out|fail\w*|goes|went|slip\w*|weak\w*|limit\w*|first)\b|\b(?:lifting |wrist )?straps\b|\bchalk\b|\b(?:mixed|hook) grip\b/, answer: "Grip giving out first is common on deadlifts and rows. Hold the bar double-overhand for warm-ups and as long as you can, then use a mixed or hook grip, or straps, for the heaviest sets - straps are fine for heavy pulls, just not every set. Chalk helps too. To build it, hold the bar at the top of your last set for 10-20 s." },
  // "is 45 min per session enough", "is an hour enough per workout?": a question about the length, never today's workout
  // (the "45 min" read as a run made it a day asked for). The plan's own length is said beside it (handlers.ts).
  { topic: 'session_length', re: /\b(?:is|are|would|will) (?:\d{1,3}|an?|one|half an|thirty|forty|forty five|sixty|ninety|twenty) ?(?:-? ?ish )?(?:min|mins|minutes|hours?|hrs?)\b.*\b(?:enough|too (?:short|long|little|much)|ok|okay|fine|good)\b|\bhow long should (?:my |the |a |each )?(?:sessions?|workouts?)\b/, answer: '30-45 minutes is enough for a solid session when the main lifts come first; 60 gives room for more sets. Consistency matters more than length.' },
  // "can i add an extra day this week", "can i train a 4th day": more days than the plan's, asked (was the week shown).
  { topic: 'extra_day', re: /\b(?:can|could|should|ok to|okay to) (?:i |we )?(?:add|do|train|get in|fit in|throw in|squeeze in|sneak in|have) (?:an? |one )?(?:extra|another|bonus|additional|more|4th|fourth|5th|fifth|6th|sixth) (?:training |gym |lifting |workout )?(?:day|days|session|sessions|workout|workouts)\b/, answer: 'You can, if it stays easy: on a rest day that is not the day before a hard session, 30-40 min of easy cardio, mobility or a little arm and core work. Repeating the main work costs the recovery your next session needs.' },
  { topic: 'rest_between_sets', re: /\b(rest|wait|break)\b.*\bbetween sets\b|\bhow long (?:should i )?rest\b/, answer: 'Rest about 2-3 min between heavy sets of big lifts and 1-2 min on smaller exercises. Your workout lists the rest where it matters.' },
  // A new runner's first worry, and a lifter's "why" about the plan's numbers (the week's own "why" is why_week).
  { topic: 'walk_breaks', re: /\b(?:is|are) (?:walking|walk breaks?|walks?) (?:ok|okay|fine|allowed|cheating)\b|\b(?:ok|okay|fine|allowed) (?:if i|to) walk\b|\bcan i walk (?:some|a bit|a little|parts?|during|between|when|instead)\b/, answer: "Yes - walking is part of the plan, not cheating. Run/walk lets your legs, tendons and lungs build up together; the runs grow each week. Walk whenever you need to, keep the runs easy enough to talk, and log what you did." },
  { topic: 'why_sets', re: /^(?!.*\b(?:this|next|last) week\b)(?:.*\bwhy\b.*\b(?:only|just|so few|so many|\d+) sets?\b|.*\bwhy (?:so )?(?:few|little|low) (?:sets|volume)\b)/, answer: 'Your sets start near the low end of what you recover from and climb a set at a time through the block; starting lower keeps you progressing instead of stalling. If it felt easy, log it with how it felt ("felt easy") and the loads follow.' },
  // "why am I doing pauses?", "whats the point of tempo squats": what a pause or a slow lowering is for.
  { topic: 'why_pauses', re: /\b(?:why|what(?:'?s| is) the point|what (?:are|is) .{0,20}for|purpose)\b.*\b(?:pauses?|paused|tempo|slow (?:down|lowering|eccentric)|3 s down|3 seconds? down)\b|\b(?:pauses?|paused|tempo)\b.*\b(?:why|for what|point)\b/, answer: 'A pause at the bottom takes away the bounce, so the muscles do all the work out of the hardest spot, and a slow lowering makes a lighter weight count - both build control and strength where you are weakest. When a weight you have is too light for the reps, the plan adds them instead of more reps.' },
  { topic: 'why_rir', re: /\bwhy\b.*\b(?:rir|rpe|reps? (?:short|left|in reserve)|short of failure|not (?:to|go to) failure)\b/, answer: 'Stopping 2-3 reps short of failure gives nearly all the strength and muscle of going to failure with far less fatigue, so you recover for the next session and the weights climb each week. The reps left shrink toward 0-1 later in the block.' },
  // "can i add some arm work", "could i throw in some curls?": arms added at the end, without cutting into recovery
  // (was "outside what I can answer"); before do_more, which says to stick to the planned sets.
  // "can i do the workout tonight instead of this morning", "is it ok to work out at night": any time of day works.
  { topic: 'time_of_day', re: /\b(?:do|train|lift|run|work ?out|go)\b.*\b(?:tonight|this evening|at night|in the evening|after work|later today|this afternoon|at lunch)\b.*\binstead\b|\binstead\b.*\b(?:tonight|this evening|at night|later today|after work)\b|\b(?:ok|okay|fine|bad|better|worse) to (?:work ?out|train|lift|run|exercise) (?:at night|in the evening|late|at lunch|in the afternoon|in the morning|early)\b|\bbest time (?:of (?:the )?day )?to (?:train|work ?out|lift|run|exercise)\b|\b(?:morning|evening|night) (?:or|vs\.?|versus) (?:morning|evening|night) (?:workouts?|training|runs?|sessions?)\b/, answer: "Yes - any time of day works; what counts is doing it. Do the same workout tonight; if it's late, finish 2-3 hours before bed so you still sleep well, and eat something light beforehand." },
  // "i feel like im not making progress on bench", "my squat has stalled": what the plan does about a plateau.
  // "new pr!!", "hit a PR today": the news with no lift or number (a lift with one is logged by the stated-maxes rule).
  // Nothing is logged from it; the coach asks for what the PR was, which sets the next loads.
  // "i squatted today", "benched this morning 💪": a lift done, told with no numbers. Never "what's today" (the word
  // "today" had read it as the day asked); asked for the sets, nothing logged unsure. A session named ("did legs")
  // is the day done, read by the log rules.
  { topic: 'lift_told', re: /^(?:(?:i|just|finally|so|ok|okay|well|yo|hey) )*(?:squatted|benched|deadlifted|pressed|did (?:my |some |the )?(?:squats?|bench(?: press)?|deadlifts?)|hit (?:squats?|bench|deadlifts?))(?: (?:today|this morning|tonight|earlier(?: today)?|at the gym|at lunch))*(?: (?:finally|lol|haha|woo+|yay))*[^a-z0-9]*$/, answer: 'Nice work! How did it go? Send the sets like "squat 3x5 at 135" and I\'ll log them (your next loads follow them), or reply "done" if you did today\'s session as written.' },
  { topic: 'pr_told', re: /^(?:(?:i |just |finally )*(?:hit|got|set) (?:a |my )?)?(?:new |another )?(?:pr|pb|personal (?:best|record))(?:'?d)?(?: today| this morning| tonight)?(?: (?:baby|lets go|let'?s go|woo+|yay|yess*))*[!. ]*$/, answer: 'New PR - congrats!! Which lift and what weight? Send it like "squat 275x3" (or "5k in 24:30" for a run) and I\'ll log it; your next loads follow it.' },
  // "what if 15 is too heavy for me", "what if the weights are too light": the load follows the reps, not the other way.
  // A lift's own load asked about ("is 185 too heavy for bench?") is the load question's, answered from the plan.
  { topic: 'too_heavy', re: /\bwhat if\b[^.?!]{0,30}\btoo (?:heavy|light|hard|easy)\b|\bwhat if i can'?t (?:lift|do|manage|finish|get)\b/, answer: 'Then change the weight, not the plan: use the one you can do all the reps with, stopping with the reps in reserve the day says (RIR 3 = about 3 more clean reps left). Too heavy: go down a weight or do fewer reps. Too light: add a few reps or lower it over 3 seconds. Log what you used ("rows 3x10 with the 10s") and your next loads come from it.' },
  // runner13: "25 mpw last wk", "ran like 25 miles last week": a week's total told mid-plan. No day to put it on, so
  // nothing is logged (was one 25 mi run logged on last Tuesday, a rest day, or last week's days shown).
  { topic: 'week_total', re: /^(?!.*\d:\d\d)(?:(?:i |ran|run|did|got in|hit|put in|about|around|like|roughly|~|only|just)\s*)*\d+(?:\.\d+)? ?(?:mi|miles?|k|kms?|kilomet(?:er|re)s?|mpw|kpw)\b(?:(?!\b(?:mon|tues?|wed|thu|fri|sat|sun)[a-z]*\b).)*\b(?:last|past|this) (?:week|wk)\b/, answer: 'Thanks for telling me! I follow your runs by the day, so a weekly total can\'t move the plan (I can\'t tell which days, or how long the long run was): text each run with its day, e.g. "ran 5 on wed" or "long run 8 sun", and the plan follows them.' },
  { topic: 'plateau', re: /\b(?:not|no) (?:making |seeing )?(?:any |much |real )?(?:progress|gains|improvement)\b|\b(?:stalled|plateau(?:ed|ing|s)?)\b|\bstuck (?:at|on) (?:the same|\d)|\bnot getting (?:any )?(?:stronger|better|faster)\b/, answer: "Stalls happen, and the plan has an answer: loads come from the sets you log, so log every set with its weight and how hard it felt (\"bench 3x5 at 155, RPE 9\"). If a lift stays stuck for 2-3 weeks, the next block changes its reps and the lighter week lets you recover; sleep, food and protein matter as much as the program. Tell me which lift and I'll look at your logs." },
  // "can i do an extra arms day saturday": an arms day on a rest day is the same small add (was not understood).
  { topic: 'add_arms', re: /\b(?:can|could|should|ok to|okay to) (?:i |we )?(?:add|throw in|do|get|include|fit in|sneak in) (?:an? )?(?:some |a bit of |a little |more |extra |bonus )?(?:arm|arms|bicep|biceps|tricep|triceps|curls?|gun)s?(?: work| stuff| training| day| exercises?)?\b/, answer: 'Yes - arms are an easy add that costs little recovery: at the end of two sessions a week, or as a short arms session on a rest day, 2-3 sets of curls and 2-3 of a triceps move (pushdowns or overhead extensions), 10-15 reps, stopping 1-3 reps short of failure. Your plan already has some arm work in it, so keep the extra short. Log them like any lift ("curls 3x12 at 25") and I\'ll track them.' },
  { topic: 'do_more', re: /^(?:can|could|should) i (?:do|add) (?:more|extra|some more|a few more|another set)\b|\b(?:can|could) i (?:go|lift) heavier\b/, answer: 'Stick to the planned sets for now - the extra work is planned for the weeks ahead. If a set felt easy, log it with how it felt ("squat 3x5 at 275 felt easy") and your next loads go up.' },
  { topic: 'after_plan', re: /\b(?:after|when|once) (?:the|this|my) plan (?:ends|is over|finishes|is done)\b|\bwhat(?:'?s| is| happens)? (?:after|next when) (?:the|this|my) plan\b/, answer: 'When this plan ends I build your next one from what you logged: new maxes, the days you kept and how you recovered. Text "new plan" any time to start it sooner or change your goal.' },
  // "only have 20 minutes today, what should i cut?\": before the fat-loss "cut".
  { topic: 'short_on_time', re: /\b(?:only|just) (?:have|got|gonna have) (?:\d+|twenty|thirty|fifteen|ten|half an hour)|\bshort on time\b|\bin a (?:rush|hurry)\b|\b(?:shorter|quick|quicker|short) (?:version|workout|session)\b|\bwhat (?:should|can|do) i (?:cut|skip|drop)\b/, answer: "Short on time: warm up for 3-5 minutes, do the first two exercises (the main lifts) with all their sets, then as much of the rest as fits - skip the accessories and core first. A short session beats none; log what you did." },
  // "why so many rest days?": what they are for, not a plan fault.
  { topic: 'rest_days', re: /\b(?:why|need|necessary|so many|too many)\b.*\brest days?\b|\brest days?\b.*\b(?:why|necessary|need|needed)\b/, answer: 'Rest days are when the training turns into progress: muscles and joints adapt between sessions, and the next one goes better for it. On rest days a walk or an easy bike, 20-40 min, helps; if you want more training days, tell me how many and I will rebuild the week.' },
  // "should i do keto", "is intermittent fasting good": a named diet, after the calorie question above.
  { topic: 'diet', re: /\bcheat (?:meals?|days?|snacks?)\b|\btreat meals?\b|\bjunk food\b|\bfast food\b|\b(keto|ketogenic|intermittent fasting|fasting|low ?-?carb|carbs|paleo|vegan|vegetarian|carnivore diet|meal plan|macros)\b/, answer: "The best diet is one you can keep that gets you enough protein: keto, fasting or counting macros all work only by helping you eat a little less, if that is the goal. Mostly whole foods, protein at each meal, and carbs around training help you train well. I don't write meal plans - a dietitian can." },
  { topic: 'weight_loss', re: /\b(lose weight|losing weight|weight loss|lose fat|cut|cutting|calories|diet)\b|\bweight\b.*\blose\b|\blose\b.*\b(?:per|a|each) week\b|\b(?:lose|losing|drop|dropping|shed|cut) \d+ ?(?:lbs?|pounds?|kgs?|kilos?)\b|\bhow (?:fast|quickly|soon) (?:can|could|will|should) i (?:lose|drop|shed)\b/, answer: 'Fat loss comes mostly from eating a little less than you burn (about 300-500 kcal a day) with plenty of protein; the training keeps the muscle. Aim for about 0.5-1% of body weight a week.' },
  // Told, not asked ("it's 95 degrees out", "snow, doing it on the treadmill"): read by parse/weather.ts.
  { topic: 'heat_out', re: null, answer: "Run by effort in the heat, not pace: the same effort is 30-60 s/mi (20-40 s/km) slower when it's hot, and that's fine. Go early or late if you can, drink before and during, and if today is a tempo or intervals, cut the reps or run it easy. Dizzy, chills or a headache: stop, get in the shade and drink." },
  { topic: 'snow_out', re: null, answer: 'In snow or ice a treadmill is a fine swap: set a 1% incline and run the same time or distance by effort (easy stays conversational), then log it as usual. If you do go out, slow down on snow and ice and save fast reps for clear ground.' },
  // "nervous about my first 10k", "so nervous for my race sunday": feelings about a race ahead, told (rules.ts), not a run.
  { topic: 'race_nerves', re: null, answer: "Nerves mean you care - totally normal, and the training is already done. On the day: eat what you've trained with, warm up easy, start a little slower than goal pace for the first 10 minutes, then settle in. Text me your time after and I'll set your paces from it." },
  // "1:52:00", "45:00": a time sent alone (rules.ts) - a race result or a run, but of what distance and when is unsaid.
  { topic: 'time_alone', re: null, answer: "Got a time but not what it was for. A race? Send it with the distance and day, e.g. 'raced a half in 1:52:00 on sunday', and I'll log it and set your paces from it. A run? e.g. 'ran 6 in 52:00'." },
  // "I also lift mondays", "i swim on tuesdays": another sport on a weekday, told (rules.ts); that day's plan follows it.
  { topic: 'other_sport_day', re: null, answer: "Good to know - that fits. On a day with both, run first or keep them a few hours apart, and keep the other session easy the day before a hard run or the long run. If it leaves you sore or tired, tell me and I'll ease the runs; to move your run days, text e.g. 'change my days to tue thu sat sun'." },
  // "i used to squat like 185 but that was a while ago": a number from before a break, told (rules.ts), not a set to log.
  { topic: 'old_numbers', re: null, answer: "Numbers from before a break are history, not where to start: after months or more off, start around two-thirds of it for your sets (185 then is about 120 now), stop 3 reps short, and log what you lift. The next loads follow what you log, so you'll climb back fast." },
  // "no more burpees", "stop giving me mountain climbers": a drill the plan never programs, refused (rules.ts).
  { topic: 'not_programmed', re: null, answer: "Done - those aren't in your plan and won't be: your sessions are built from strength lifts, and any extra conditioning is your pick. If a lift in your plan is the problem, name it (e.g. \"no more lunges\") and I'll swap it for one that works the same muscles." },
  { topic: 'weather', re: /\b(weather|rain|raining|snow|snowing|too hot|too cold|heat)\b/, answer: "I can't see the weather, but: in heat run by effort not pace and drink more; in rain or snow a treadmill or the same session indoors is fine. Text me what you did and I'll log it." },
];

/**
 * Topics answered when told, not only when asked: health news ("i'm pregnant", "was just diagnosed with
 * osteoporosis") and a sport Cadence does not plan ("training for a half ironman").
 */
// A stall told ("i feel like im not making progress on bench") wants the answer as much as one asked.
export const TOLD_TOPICS: ReadonlySet<FaqTopic> = new Set(['quitting', 'postpartum', 'pregnancy', 'bone_health', 'medical', 'surgery', 'triathlon', 'plateau', 'grip', 'lift_told', 'pr_told']);

/**
 * A week's running total told once the plan runs ("25 mpw last wk"): answered when told (rules.ts), but not a
 * told topic for onboarding, where a weekly total answers the mileage question.
 */
export function weekTotalTold(text: string): boolean {
  return FAQ.find((f) => f.topic === 'week_total')!.re!.test(text);
}

/** The topic a text tells of that needs an answer even when not asked, or null. */
export function toldTopic(text: string): FaqTopic | null {
  return FAQ.find((f) => TOLD_TOPICS.has(f.topic) && f.re?.test(text))?.topic ?? null;
}

/** The topic of a general training question, or null. */
export function faqTopic(text: string): FaqTopic | null {
  return FAQ.find((f) => f.re?.test(text))?.topic ?? null;
}

export function faqAnswer(topic: FaqTopic): string {
  return FAQ.find((f) => f.topic === topic)!.answer;
}

/** The answer to a topic told in `text`: its cleared form when the text says the doctor's OK is given. */
export function toldAnswer(topic: FaqTopic, text: string): string {
  const f = FAQ.find((x) => x.topic === topic)!;
  return f.cleared && (saysCleared(text) || f.healed?.test(text)) ? f.cleared : f.answer;
}
