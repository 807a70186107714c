/**
 * Life events a client tells mid-plan ("new baby arrived!!", "moving house this week", "my dad passed away"),
 * as data: the words, a coach's answer, and what the plan offers. `offer: 'easy_week'` asks (never imposes) a
 * lighter week through the readiness proposal (YES brings the deload forward); 'pause' points at PAUSE. Order
 * is precedence. An injury told beside one ("did my back in picking up my kid") is the pain rule's.
 */
export const LIFE_EVENTS = ['new_baby', 'bereavement', 'moving', 'new_job'] as const;
export type LifeEvent = (typeof LIFE_EVENTS)[number];

export const LIFE_EVENT_TABLE: ReadonlyArray<{ event: LifeEvent; re: RegExp; answer: string; offer: 'easy_week' | 'pause' | null; reason: string }> = [
  {
    event: 'new_baby',
    re: /\b(?:new ?born|new baby|baby (?:has )?(?:arrived|came|is here|was born)|(?:our|the|my) (?:baby|little one|daughter|son) (?:arrived|is here|came|was born)|(?:just |finally )?became (?:a )?(?:dad|father|parents?)|(?:i'?m|im) a (?:new )?(?:dad|father)(?: now)?|new (?:dad|father|parents?)|(?:wife|partner|girlfriend|gf) (?:had|gave birth|delivered)|we had (?:a|the|our) (?:baby|boy|girl|son|daughter)|it'?s a (?:boy|girl)|twins (?:arrived|are here))\b/,
    answer: "Congratulations!! Huge news. Sleep will be short for a while, and that's fine: a short session still counts, and no session is ever a debt to make up. Text PAUSE any time you need a break from the plan, and RESUME when you're back.",
    offer: 'easy_week',
    reason: 'short nights with a newborn are hard to train hard on',
  },
  {
    event: 'bereavement',
    re: /\b(?:(?:dad|father|mom|mum|mother|brother|sister|wife|husband|partner|grandma|grandpa|grandmother|grandfather|nan|friend|uncle|aunt|dog|cat) (?:just )?died|passed away|funeral|lost my (?:dad|father|mom|mum|mother|brother|sister|wife|husband|partner|son|daughter|grandma|grandpa|grandmother|grandfather|friend|best friend|uncle|aunt)|bereavement)\b/,
    answer: "I'm so sorry for your loss. Training can wait as long as you need: text PAUSE and I'll stop the daily texts until you text RESUME. If moving helps, an easy walk or a light session is enough - nothing to make up.",
    offer: null,
    reason: '',
  },
  {
    event: 'moving',
    re: /\b(?:moving (?:house|home|apartments?|flats?|out|day|this week|next week|this weekend)|(?:we'?re|i'?m|im|we are|i am) moving(?= *(?:$|[,.!]|house|home|out|this|next|soon|on (?:sat|sun|mon|tue|wed|thu|fri|the)))|(?:the |our |my )?move is (?:this|next) week|packing (?:boxes|up the house|everything)|(?:move|moving) into (?:a|the|our|my) new (?:place|house|home|apartment|flat))\b/,
    answer: "Good luck with the move! Carrying boxes is a workout of its own. Keep the sessions you can make short - the main lifts or an easy run, nothing extra - and text \"skipped\" for any day you can't; nothing to make up.",
    offer: 'easy_week',
    reason: 'a moving week is hard work on its own',
  },
  {
    event: 'new_job',
    re: /\b(?:start(?:ed|ing)? (?:a|my) new job|new job (?:starts|started|this week|next week)|first (?:week|day) at (?:my|the) new job)\b/,
    answer: "Congrats on the new job! The first weeks are tiring: if your hours change, text me the days you can train (e.g. \"tue thu sat\") or a new time for the morning text (\"send it at 5:30\"), and the plan follows.",
    offer: null,
    reason: '',
  },
];

/** The life event a text tells of, or null. */
export function lifeEventOf(text: string): (typeof LIFE_EVENT_TABLE)[number] | null {
  return LIFE_EVENT_TABLE.find((e) => e.re.test(text)) ?? null;
}
