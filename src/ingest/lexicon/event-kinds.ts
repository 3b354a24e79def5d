/**
 * The open taxonomy's anchors in WordNet 3.1: per kind, a few synsets (written lemma.pos.sense, the
 * sense numbered as WordNet orders them, most frequent first). A trigger word the event lexicon
 * does not know takes the kind of the nearest anchor among its synsets' hypernyms: "slay" and
 * "gun down" reach kill.v.1, "buy out" and "take over" reach buy.v.1. Anchors are as general as
 * a kind allows and no more: kill.v.1 (not "murder"), buy.v.1 (not "take over").
 */
import type { EventType } from '../../domain/document.js';

export const KIND_ANCHORS: Partial<Record<EventType, readonly string[]>> = {
  killing: ['kill.v.1', 'kill.v.9', 'killing.n.2', 'killing.n.1', 'murder.n.1', 'homicide.n.1', 'death.n.8'],
  shooting: ['shoot.v.1', 'shoot.v.2', 'shooting.n.2', 'gunfire.n.1'],
  death: ['die.v.1', 'death.n.1', 'death.n.2', 'fatality.n.1', 'drown.v.1'],
  injury: ['injure.v.1', 'injury.n.1', 'injury.n.2', 'wound.v.1'],
  attack: ['attack.v.1', 'attack.n.1', 'bomb.v.1', 'bombing.n.1', 'assault.v.1', 'raid.n.1', 'fire.n.2'],
  arrest: ['arrest.v.1', 'arrest.n.1', 'detain.v.1', 'detention.n.1'],
  charge: ['charge.v.2', 'accuse.v.1', 'indict.v.1', 'accusation.n.1', 'indictment.n.1'],
  trial: ['trial.n.4', 'try.v.3', 'try.v.5'],
  court_ruling: ['convict.v.1', 'verdict.n.1', 'acquit.v.1', 'conviction.n.1', 'overturn.v.1'],
  sentence: ['sentence.v.1', 'sentence.n.2'],
  escape: ['escape.v.1', 'escape.n.1', 'prisonbreak.n.1'],
  release: ['free.v.1', 'release.n.1', 'liberation.n.1'],
  acquisition: ['buy.v.1', 'acquire.v.1', 'acquisition.n.1', 'purchase.n.1', 'takeover.n.1', 'buyout.n.1'],
  merger: ['merger.n.1', 'merge.v.3'],
  earnings: ['earnings.n.1'],
  product_launch: ['unveil.v.2', 'launching.n.1', 'release.v.7', 'update.v.1', 'patch.n.9'],
  outage: ['outage.n.2', 'blackout.n.3', 'power_outage.n.1'],
  appointment: ['appoint.v.1', 'hire.v.1', 'appointment.n.1', 'cast.v.5', 'employ.v.1'],
  resignation: ['resign.v.1', 'resign.v.2', 'resignation.n.2', 'retire.v.1'],
  dismissal: ['fire.v.4', 'dismiss.v.4', 'dismissal.n.4', 'oust.v.1', 'expel.v.2'],
  nomination: ['nominate.v.2', 'nomination.n.1'],
  award: ['award.v.1', 'award.n.3', 'award.n.2', 'honor.v.1'],
  sports_result: ['win.v.1', 'beat.v.1', 'defeat.v.1', 'victory.n.1', 'defeat.n.1', 'knockout.n.1'],
  treatment: ['rehabilitation.n.4', 'treatment.n.1', 'hospitalize.v.1', 'detoxification.n.1'],
  expulsion: ['expel.v.1', 'deport.v.1', 'expulsion.n.1', 'deportation.n.1'],
  suspension: ['suspend.v.3', 'suspension.n.1'],
  election: ['elect.v.1', 'election.n.1', 'vote.v.1'],
  protest: ['protest.v.1', 'protest.n.1', 'riot.n.1', 'riot.v.1', 'demonstration.n.3'],
  disaster: ['earthquake.n.1', 'flood.n.1', 'storm.n.1', 'natural_disaster.n.1', 'tsunami.n.1'],
  accident: ['accident.n.1', 'crash.n.2', 'collision.n.1', 'fire.n.1'],
  agreement: ['agreement.n.1', 'treaty.n.1', 'deal.n.1'],
  sanctions: ['sanction.n.2', 'embargo.n.1'],
  meeting: ['meeting.n.1', 'summit.n.2', 'negotiation.n.1'],
  policy: ['revoke.v.1', 'overrule.v.1', 'ban.v.2', 'regulation.n.1'],
  labour_strike: ['strike.n.1', 'walkout.n.1'],
  recall: ['recall.n.3'],
  commemoration: ['commemorate.v.1', 'commemoration.n.1', 'memorial.n.1'],
};

/**
 * WordNet's lexicographer files whose verbs are things that happen to or are done by someone (not
 * saying, thinking, feeling, perceiving or being): a verb of these files that no kind anchors is
 * an event of kind `other`, keeping its lemma. 29 body … 41 social; 33 competition, 35 contact.
 */
export const EVENTIVE_VERB_FILES: ReadonlySet<number> = new Set([29, 30, 33, 34, 35, 36, 38, 40, 41, 43]);
/** Nouns of acts (noun.act), events (noun.event) and processes (noun.phenomenon, noun.process). */
export const EVENTIVE_NOUN_FILES: ReadonlySet<number> = new Set([4, 11]);

/** Past forms English spells irregularly, for the verbs news reports events with. */
export const IRREGULAR_FORMS: Record<string, string> = Object.fromEntries(
  `shot:shoot struck:strike stricken:strike won:win beat:beat beaten:beat fled:flee stole:steal stolen:steal
  sold:sell bought:buy fell:fall fallen:fall slain:slay slew:slay took:take taken:take began:begin begun:begin
  ran:run led:lead left:leave held:hold caught:catch found:find broke:break broken:break sent:send hung:hang
  hanged:hang gave:give given:give threw:throw thrown:throw wrote:write written:write quit:quit hit:hit
  set:set put:put cut:cut drove:drive driven:drive rode:ride ridden:ride froze:freeze frozen:freeze
  sank:sink sunk:sink blew:blow blown:blow bit:bite bitten:bite fought:fight sought:seek brought:bring
  made:make won't:will swore:swear sworn:swear met:meet tore:tear torn:tear shook:shake shaken:shake
  rose:rise risen:rise went:go gone:go came:come saw:see seen:see ate:eat eaten:eat lost:lose paid:pay
  laid:lay lay:lie overtook:overtake overtaken:overtake undertook:undertake withdrew:withdraw
  withdrawn:withdraw overthrew:overthrow overthrown:overthrow mistook:mistake spent:spend lent:lend
  built:build burnt:burn dealt:deal kept:keep slid:slide split:split spread:spread struck:strike
  upheld:uphold oversaw:oversee stood:stand understood:understand forbade:forbid forbidden:forbid
  chose:choose chosen:choose woke:wake flew:fly flown:fly grew:grow grown:grow knew:know known:know
  dug:dig stuck:stick spun:spin swept:sweep wept:weep crept:creep slept:sleep bled:bleed fed:feed`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);
