/**
 * Events: the words news uses to report happenings, per event type. A trigger is a noun ("air
 * strike", "protests") or a verb form ("shelled", "walked out"); a word with several senses
 * ("strike": an air strike or a walkout) lists one entry per sense, each naming the evidence the
 * sentence (or else the article) must hold for it, and the sense with the most evidence wins.
 * Everything here is general English news usage.
 */
import type { EventType, FigureKind } from '../../domain/document.js';

const list = (text: string) =>
  text
    .trim()
    .split(/\s*\|\s*|\n\s*/)
    .filter(Boolean);

/** Words that vouch for a sense, looked up in lower case among a sentence's (or article's) tokens. */
export const EVIDENCE = {
  military:
    list(`missile|missiles|drone|drones|rocket|rockets|bomb|bombs|bombed|bombing|air|jets|jet|warplanes|
    artillery|shells|shelling|military|army|troops|forces|soldiers|ballistic|explosives|airstrike|airstrikes|
    militants|rebels|gunmen|insurgents|guerrillas|fighters|civilians|killed|wounded|casualties|junta|
    weapons|munitions|barrage|frontline|offensive|shelled|struck`),
  violence: list(`missile|missiles|drone|drones|rocket|rockets|bomb|bombs|explosives|gunmen|militants|rebels|
    insurgents|guerrillas|armed|troops|forces|military|army|soldiers|killed|wounded|injured|dead|police|
    station|fighters|assailants|attackers|shot|gunfire|rifles|grenades|civilians|casualties|knife|jets|
    airstrike|warplanes|artillery|shelling`),
  labour:
    list(`workers|worker|union|unions|walkout|wage|wages|pay|salary|salaries|staff|employees|pilots|crew|
    dockworkers|dockers|nurses|teachers|doctors|drivers|industrial|picket|pickets|stoppage|bargaining|
    contract|management|employer|employers|shifts|overtime|strikers|metalworkers|miners|flights|cancelled|
    canceled|negotiations`),
  cyber: list(`cyber|hackers|hacker|hacked|ransomware|malware|servers|systems|data|network|networks|breach|
    website|websites|computer|computers|encrypted|digital|phishing|ddos`),
  intrusion: list(`entered|violated|violation|breached|incursion|intruded|crossed`),
  weaponUse: list(`use|used|fired|launched|hit|struck|slammed|landed|intercepted|downed`),
  stateForce: list(`coast|guard|navy|naval|warship|warships|patrol|military|forces|troops|soldiers|border`),
  protest: list(`protesters|protestors|demonstrators|protest|protests|farmers|tractors|marchers|activists|
    students|roads|highways|police|crowds|crowd|chanting|slogans`),
  market: list(`shares|stocks|stock|prices|price|markets|market|currency|index|oil|gold|bonds|dollar|euro|
    yen|investors`),
  court: list(`court|judge|judges|justice|justices|tribunal|jury|appeal|appeals|verdict|ruling|sentence|
    sentenced|prosecutors|trial|unanimous|bench`),
  money: list(`$|€|£|euros|dollars|pounds|won|yen|million|billion|fined|fine|penalty|penalties|regulator|
    commission|authority`),
  policyObject: list(`rate|rates|interest|output|production|tariff|tariffs|quota|quotas|taxes|tax|duties|
    levy|barrels|bpd|supply`),
  law: list(`law|laws|bill|legislation|ban|banned|government|parliament|ministry|decree|regulation|
    regulations|imports|import|exports|export|products|plastic|plastics`),
  disease: list(`cholera|ebola|virus|cases|infections|infected|disease|measles|mpox|dengue|malaria|
    epidemic|vaccine|vaccines|vaccination|patients|deaths|health`),
  structure: list(`mine|building|bridge|dam|roof|tunnel|stadium|collapse|collapsed|rubble|miners|tower|
    block|factory`),
  blaze: list(`building|apartment|apartments|blaze|residents|firefighters|firefighter|flames|smoke|burned|
    burning|basement|storey|storeys|house|houses|factory|warehouse|forest|hectares|evacuated|department|
    church|school|store|arson|arsonist|arsonists|ablaze|damage|destroyed|gutted|roof`),
  industrial: list(`gas|factory|plant|chemical|chemicals|leak|boiler|fireworks|refinery|pipeline|mine|
    warehouse|tanker`),
  transport: list(`train|trains|bus|buses|car|cars|truck|trucks|plane|planes|aircraft|flight|helicopter|
    ship|ships|vessel|ferry|boat|road|highway|passengers|derailed|crash`),
  product: list(`products|product|vehicles|vehicle|cars|units|batteries|battery|customers|consumers|defect|
    defective|faulty|safety|airbag|airbags|formula|batch|batches|models|refund|refunds|shelves|stores|
    retailers|contamination|contaminated|bikes|e-bikes|toys`),
  memory: list(`anniversary|years|memorial|victims|commemorate|commemorated|commemoration|remembered|
    remember|mourn|mourning|wreaths|minute's|silence|killed|died`),
  holiday: list(`patriotic|national|public|declared|designated|unity|mourning|independence|remembrance`),
  sport:
    list(`club|clubs|fee|striker|midfielder|defender|goalkeeper|player|players|season|forward|winger|league|
    squad|coach|manager|stadium|football|soccer|teenager|goals`),
  election: list(`voters|voting|candidate|candidates|polling|ballots|ballot|turnout|electoral|seats|
    campaign|elected|parliamentary|presidential|runoff|leadership|party|delegates|lawmakers|senators|
    senate|parliament|bill|reform`),
  accord: list(`plan|deal|pact|accord|agreement|cooperate|cooperation|joint|share|bilateral|framework|
    memorandum|signed|truce|ceasefire|treaty|both|terms|settlement`),
  trade: list(`imports|import|exports|export|shipments|beef|grain|goods|products|produce`),
  legislature: list(`senate|parliament|lawmakers|congress|assembly|legislators|deputies|mps|senators|house|
    chamber|bundestag|duma|knesset`),
  rates: list(`rate|rates|interest|benchmark`),
  meeting: list(`summit|talks|delegates|delegation|delegations|leaders|ministers|conference|negotiators|
    negotiations|meeting|session|visit`),
  weather: list(`rain|rains|rainfall|winds|wind|gusts|landfall|flooding|floods|snow|snowfall|hail|
    meteorological|forecasters|weather|downpours|downpour|km/h|mph|storm|storms|tornado|temperatures`),
  job: list(`coach|coaches|manager|chief|executive|ceo|director|head|president|chairman|job|post|position|
    staff|employee|employees|boss|editor|commissioner|secretary|duties|contract|season|team|franchise`),
  contest: list(`game|games|match|playoff|playoffs|tournament|title|titles|round|rounds|points|championship|
    season|seed|league|quarterback|coach|team|fight|bout|knockout|heavyweight|innings|scored|scoring|goals|
    victory|defeat|finals|semifinal|semifinals|opener`),
  software: list(`patch|patches|update|updates|bug|bugs|flaw|flaws|vulnerability|vulnerabilities|
    browser|software|exploit|app|apps|firmware`),
  troops: list(`troops|soldiers|forces|units|tanks|armoured|armored|artillery|reinforcements|battalions|
    brigades|warships|division|divisions`),
} as const satisfies Record<string, readonly string[]>;

export type EvidenceName = keyof typeof EVIDENCE;

export type TriggerPos = 'noun' | 'verb';

export interface TriggerSense {
  type: EventType;
  pos: TriggerPos;
  /** The evidence this sense needs; without it the sense only applies when no other has any. */
  needs?: EvidenceName;
  /** A weapon ("missile"), not an act: a trigger only where the sentence uses it ("fired", "hit"). */
  weapon?: boolean;
  /** Its evidence must be in its own sentence: the article's topic is not enough ("passed" a law). */
  local?: boolean;
  /** A country or demonym before it is whom it was done to ("Estonian airspace"). */
  modifierIsTarget?: boolean;
  /** For verbs: the noun that names what they report ("deployed" → "deployment"). */
  noun?: string;
}

/** Each trigger group: the forms written ("|" or a line between forms) and their sense. */
interface TriggerGroup extends TriggerSense {
  forms: string;
}

const TRIGGERS: TriggerGroup[] = [
  // Armed attacks.
  {
    type: 'attack',
    pos: 'noun',
    forms: `air strike|air strikes|airstrike|airstrikes|air raid|air raids|missile strike|
      missile strikes|drone strike|drone strikes|missile attack|missile attacks|drone attack|drone attacks|
      rocket attack|rocket attacks|barrage|barrages|bombardment|bombardments|bombing|bombings|shelling|
      ambush|massacre|suicide bombing|car bomb|car bombing|terror attack|terrorist attack|armed attack|
      mortar attack|grenade attack|shooting|mass shooting|assassination|assassination attempt|stabbing|
      knife attack|kidnapping|kidnappings|abduction|abductions|mass abduction`,
  },
  {
    type: 'attack',
    pos: 'verb',
    noun: 'attack',
    forms: `assassinated|kidnapped|abducted|gunned down|shot dead|stabbed`,
  },
  {
    type: 'attack',
    pos: 'noun',
    needs: 'violence',
    forms: `attack|attacks|assault|raid|raids|explosion|blast`,
  },
  { type: 'attack', pos: 'noun', needs: 'military', forms: `strike|strikes|offensive|fire` },
  {
    type: 'attack',
    pos: 'noun',
    needs: 'weaponUse',
    weapon: true,
    forms: `missile|missiles|rocket|rockets|drone|drones`,
  },
  {
    type: 'attack',
    pos: 'verb',
    noun: 'attack',
    forms: `bombed|shelled|ambushed|pummelled|pummeled|opened fire`,
  },
  {
    type: 'attack',
    pos: 'verb',
    needs: 'military',
    noun: 'attack',
    forms: `struck|strike|strikes|striking|battered|pounded|targeted|fired|
      launched|hit|hits|bombarded|bombarding`,
  },
  {
    type: 'attack',
    pos: 'verb',
    needs: 'violence',
    noun: 'attack',
    forms: `attacked|attacks|attacking|raided|stormed|assaulted`,
  },
  // Wars and invasions.
  { type: 'war', pos: 'noun', forms: `war|wars|invasion|civil war|full-scale invasion|armed conflict` },
  { type: 'war', pos: 'noun', needs: 'military', forms: `conflict|occupation` },
  { type: 'war', pos: 'verb', noun: 'invasion', forms: `invaded` },
  { type: 'coup', pos: 'noun', forms: `coup|coups|coup d'etat|military takeover|putsch` },
  { type: 'coup', pos: 'verb', noun: 'coup', forms: `seized power|took power|staged a coup` },
  // Clashes.
  {
    type: 'clash',
    pos: 'noun',
    forms: `clash|clashes|skirmish|skirmishes|exchange of fire|firefight|gun battle|
      gunfight|scuffle|scuffles|cross-border fire|crossfire`,
  },
  {
    type: 'clash',
    pos: 'verb',
    noun: 'exchange of fire',
    forms: `exchanged fire|exchange fire|exchanges fire|exchanging fire|
      traded fire|trade fire`,
  },
  { type: 'clash', pos: 'verb', noun: 'clash', forms: `clashed|clashing|skirmished|rammed` },
  { type: 'clash', pos: 'noun', needs: 'military', forms: `exchange` },
  { type: 'clash', pos: 'noun', needs: 'stateForce', forms: `collision|ramming` },
  { type: 'clash', pos: 'verb', needs: 'stateForce', noun: 'collision', forms: `collided` },
  { type: 'clash', pos: 'noun', needs: 'violence', forms: `fighting` },
  // Protests.
  {
    type: 'protest',
    pos: 'noun',
    forms: `protest|protests|demonstration|demonstrations|riot|riots|rioting|
      unrest|sit-in|hunger strike|protest march|street protests|mass protests|uprising`,
  },
  {
    type: 'protest',
    pos: 'noun',
    needs: 'protest',
    forms: `rally|rallies|blockade|blockades|march|crackdown`,
  },
  // Policing a crowd is part of its protest.
  {
    type: 'protest',
    pos: 'verb',
    noun: 'crackdown',
    forms: `fired tear gas|fire tear gas|fires tear gas|firing tear gas|
      used tear gas|fired rubber bullets|used water cannon|used water cannons|fired water cannon`,
  },
  {
    type: 'protest',
    pos: 'verb',
    noun: 'protests',
    forms: `protested|protesting|demonstrated|rioted|took to the streets|
      take to the streets|taking to the streets`,
  },
  {
    type: 'protest',
    pos: 'verb',
    needs: 'protest',
    noun: 'protests',
    forms: `rallied|marched|blocked|block|blocks|blocking`,
  },
  // Labour strikes.
  {
    type: 'labour_strike',
    pos: 'noun',
    forms: `walkout|walkouts|work stoppage|stoppage|industrial action|general strike|
      labour strike|labor strike|lockout`,
  },
  { type: 'labour_strike', pos: 'noun', needs: 'labour', forms: `strike|strikes` },
  {
    type: 'labour_strike',
    pos: 'verb',
    noun: 'strike',
    forms: `went on strike|go on strike|are on strike|were on strike|walked off`,
  },
  {
    type: 'labour_strike',
    pos: 'verb',
    needs: 'labour',
    noun: 'strike',
    forms: `striking|strike|walked out`,
  },
  // Arrests.
  { type: 'arrest', pos: 'noun', forms: `arrest|arrests|detention|detentions|mass arrests` },
  { type: 'arrest', pos: 'verb', noun: 'arrests', forms: `arrested|rounded up|taken into custody` },
  { type: 'arrest', pos: 'verb', noun: 'detention', forms: `detained` },
  // Cyber attacks and sabotage.
  {
    type: 'cyber_attack',
    pos: 'noun',
    forms: `cyber attack|cyber attacks|cyberattack|cyberattacks|cyber-attack|
      cyber-attacks|ransomware attack|ransomware|hack|hacking|data breach|malware attack|denial-of-service attack|
      sabotage`,
  },
  { type: 'cyber_attack', pos: 'noun', needs: 'cyber', forms: `attack|attacks|breach` },
  { type: 'cyber_attack', pos: 'verb', noun: 'hack', forms: `hacked` },
  {
    type: 'cyber_attack',
    pos: 'verb',
    needs: 'cyber',
    noun: 'cyber attack',
    forms: `bombarding|bombarded|attacked|targeted`,
  },
  // Troops moving.
  {
    type: 'military_movement',
    pos: 'noun',
    forms: `build-up|buildup|military build-up|troop build-up|deployment|
      deployments|troop movements|incursion|incursions|pullback|pullout|airspace violation|naval blockade`,
  },
  {
    type: 'military_movement',
    pos: 'noun',
    needs: 'military',
    forms: `exercises|drills|manoeuvres|maneuvers|withdrawal`,
  },
  {
    type: 'military_movement',
    pos: 'noun',
    needs: 'intrusion',
    local: true,
    modifierIsTarget: true,
    noun: 'airspace violation',
    forms: `airspace`,
  },
  { type: 'military_movement', pos: 'verb', noun: 'build-up', forms: `building up|built up|massing|massed` },
  { type: 'military_movement', pos: 'verb', noun: 'deployment', forms: `deployed|deploying` },
  // Forces facing each other, and troops moved: "moved thousands of troops toward the border".
  {
    type: 'military_movement',
    pos: 'noun',
    needs: 'military',
    forms: `standoff|stand-off|reinforcements|mobilisation|
      mobilization`,
  },
  {
    type: 'military_movement',
    pos: 'verb',
    needs: 'troops',
    local: true,
    noun: 'troop movement',
    forms: `moved|moving|
      mobilised|mobilized|mobilising|mobilizing|amassed|redeployed|redeploying`,
  },
  {
    type: 'military_movement',
    pos: 'verb',
    needs: 'military',
    noun: 'withdrawal',
    forms: `pulling back|pulled back|withdrew|withdrawing`,
  },
  // Meetings and talks.
  {
    type: 'meeting',
    pos: 'noun',
    forms: `talks|summit|summits|negotiations|peace talks|climate talks|climate summit|
      state visit|meeting|meetings`,
  },
  { type: 'meeting', pos: 'noun', needs: 'meeting', forms: `conference|walkout` },
  { type: 'meeting', pos: 'verb', noun: 'talks', forms: `held talks|met with` },
  { type: 'meeting', pos: 'verb', needs: 'meeting', noun: 'walkout', forms: `walked out|walked out of` },
  // Agreements.
  {
    type: 'agreement',
    pos: 'noun',
    forms: `agreement|agreements|deal|deals|accord|accords|treaty|pact|truce|
      ceasefire|cease-fire|armistice|peace deal|peace accord|peace agreement|memorandum of understanding|
      pay deal|trade deal|settlement`,
  },
  {
    type: 'agreement',
    pos: 'verb',
    noun: 'agreement',
    forms: `signed a deal|signed an agreement|struck a deal|agreed a deal|
      reached a deal|reached an agreement|agreed to a ceasefire`,
  },
  { type: 'agreement', pos: 'noun', needs: 'sport', forms: `transfer|signing` },
  { type: 'agreement', pos: 'verb', needs: 'sport', noun: 'signing', forms: `signed|signs|sign` },
  { type: 'agreement', pos: 'verb', needs: 'accord', noun: 'agreement', forms: `agreed|agree|agrees` },
  // Sanctions.
  {
    type: 'sanctions',
    pos: 'noun',
    forms: `sanctions|sanctions package|entry ban|travel ban|asset freeze|embargo|
      export controls|export curbs|blacklist|countermeasures`,
  },
  {
    type: 'sanctions',
    pos: 'verb',
    noun: 'sanctions',
    forms: `sanctioned|blacklisted|banned from entering|imposed sanctions`,
  },
  // Elections and votes.
  {
    type: 'election',
    pos: 'noun',
    forms: `election|elections|referendum|runoff|leadership race|leadership contest|
      leadership vote|presidential election|general election|no-confidence vote|confidence vote`,
  },
  { type: 'election', pos: 'noun', needs: 'election', forms: `vote|votes|ballot|polls` },
  {
    type: 'election',
    pos: 'verb',
    needs: 'election',
    noun: 'vote',
    forms: `voted|voting|went to the polls|picked|picks|chose|
      chooses|selected`,
  },
  {
    type: 'election',
    pos: 'verb',
    needs: 'legislature',
    local: true,
    noun: 'vote',
    forms: `approved|passed|approves|passes`,
  },
  { type: 'election', pos: 'verb', noun: 'election', forms: `elected|re-elected` },
  // Courts.
  {
    type: 'court_ruling',
    pos: 'noun',
    forms: `ruling|verdict|judgment|judgement|conviction|acquittal|court order`,
  },
  { type: 'court_ruling', pos: 'noun', needs: 'court', forms: `decision|sentence` },
  {
    type: 'court_ruling',
    pos: 'verb',
    noun: 'conviction',
    forms: `convicted|acquitted|found guilty|sentenced`,
  },
  {
    type: 'court_ruling',
    pos: 'verb',
    needs: 'court',
    noun: 'ruling',
    forms: `ruled|overturned|upheld|ordered the release`,
  },
  // Regulators' penalties.
  { type: 'penalty', pos: 'noun', needs: 'money', forms: `fine|fines|penalty|penalties` },
  { type: 'penalty', pos: 'verb', noun: 'fine', forms: `fined` },
  // Policy decisions.
  {
    type: 'policy',
    pos: 'noun',
    forms: `rate cut|rate cuts|rate hike|rate hikes|rate increase|rate decision|
      output cut|output cuts|production cut|production cuts|import ban|export ban|price cap|tariffs|tariff`,
  },
  { type: 'policy', pos: 'noun', needs: 'law', forms: `ban` },
  { type: 'policy', pos: 'noun', needs: 'policyObject', forms: `cut|cuts|quota|quotas|hike` },
  { type: 'policy', pos: 'verb', needs: 'policyObject', noun: 'decision', forms: `cut|raised|lowered|hiked` },
  { type: 'policy', pos: 'verb', needs: 'rates', local: true, noun: 'decision', forms: `held|kept|left` },
  { type: 'policy', pos: 'verb', needs: 'law', noun: 'ban', forms: `banned|banning` },
  // Disasters, epidemics among them.
  {
    type: 'disaster',
    pos: 'noun',
    forms: `earthquake|earthquakes|quake|tremor|aftershock|aftershocks|flood|floods|
      flooding|flash floods|hurricane|typhoon|cyclone|tropical storm|tornado|wildfire|wildfires|forest fire|
      forest fires|bushfire|bushfires|drought|landslide|landslides|mudslide|tsunami|volcanic eruption|eruption|
      avalanche|heatwave|heat wave|epidemic|pandemic|famine|heavy rains|landfall`,
  },
  { type: 'disaster', pos: 'noun', needs: 'disease', forms: `outbreak|outbreaks|cholera|ebola` },
  {
    type: 'disaster',
    pos: 'noun',
    forms: `snowstorm|blizzard|sandstorm|dust storm|hailstorm|winter storm|cold snap|
      torrential rain|torrential rains|monsoon rains`,
  },
  { type: 'disaster', pos: 'noun', needs: 'weather', forms: `storm|storms` },
  {
    type: 'disaster',
    pos: 'verb',
    noun: 'flood',
    forms: `overflowed|burst its banks|burst their banks|flooded`,
  },
  // Accidents.
  {
    type: 'accident',
    pos: 'noun',
    forms: `derailment|plane crash|train crash|bus crash|car crash|mine disaster|
      shipwreck|oil spill|gas explosion|gas leak|stampede|cave-in|meltdown|meltdowns|nuclear accident|
      nuclear disaster|radiation leak`,
  },
  { type: 'accident', pos: 'noun', needs: 'transport', forms: `crash|crashes|collision|sinking` },
  { type: 'accident', pos: 'noun', needs: 'structure', forms: `collapse` },
  { type: 'accident', pos: 'noun', needs: 'blaze', forms: `fire|fires|blaze` },
  { type: 'accident', pos: 'noun', noun: 'fire', forms: `arson|arson attack|house fire|church fire` },
  {
    type: 'accident',
    pos: 'verb',
    noun: 'fire',
    forms: `went up in flames|go up in flames|caught fire|catches fire|set alight|set on fire|set ablaze|
      burned down|burnt down|burned to the ground|gutted by fire`,
  },
  { type: 'accident', pos: 'noun', needs: 'industrial', forms: `explosion|blast` },
  { type: 'accident', pos: 'verb', needs: 'transport', noun: 'crash', forms: `crashed|collided` },
  { type: 'accident', pos: 'verb', needs: 'transport', noun: 'derailment', forms: `derailed` },
  { type: 'accident', pos: 'verb', needs: 'transport', noun: 'sinking', forms: `capsized|sank` },
  { type: 'accident', pos: 'verb', needs: 'structure', noun: 'collapse', forms: `collapsed|caved in` },
  // Recalls.
  { type: 'recall', pos: 'noun', forms: `product recall|safety recall` },
  { type: 'recall', pos: 'noun', needs: 'product', forms: `recall|recalls` },
  {
    type: 'recall',
    pos: 'verb',
    needs: 'product',
    noun: 'recall',
    forms: `recalled|recalling|recalls|recall`,
  },
  // People: deaths, appointments, treatment, dismissals.
  {
    type: 'death',
    pos: 'verb',
    noun: 'death',
    forms: `presumed dead|found dead|pronounced dead|confirmed dead|died|dies|passed away`,
  },
  {
    type: 'appointment',
    pos: 'verb',
    noun: 'appointment',
    forms: `was named|were named|has been named|have been named|is named|named as|been announced as|
      was announced as|announced as|was appointed|has been appointed|appointed|was hired|hired|was cast|cast as`,
  },
  {
    type: 'treatment',
    pos: 'noun',
    forms: `rehab|rehabilitation|detox|rehab center|rehab facility|treatment center|
      treatment facility|rehabilitation center|rehabilitation facility`,
  },
  {
    type: 'dismissal',
    pos: 'verb',
    needs: 'job',
    local: true,
    noun: 'dismissal',
    forms: `fired|fires|fire|firing|sacked|sacks|ousted|dismissed|relieved`,
  },
  // Commemorations.
  {
    type: 'commemoration',
    pos: 'noun',
    forms: `commemoration|commemorations|day of mourning|national mourning|
      memorial service|vigil|vigils|day of unity|remembrance day`,
  },
  { type: 'commemoration', pos: 'noun', needs: 'memory', forms: `anniversary|memorial|ceremony|tribute` },
  { type: 'commemoration', pos: 'noun', needs: 'holiday', forms: `holiday` },
  {
    type: 'commemoration',
    pos: 'verb',
    needs: 'memory',
    noun: 'commemoration',
    forms: `commemorated|commemorate|marked|marks|mark`,
  },
];

/**
 * Phrases that hold a trigger word but report no event of its type: "trade war", "news conference",
 * "deal with". Matched like triggers, longest first, so that they hide the word inside them.
 */
export const NOT_EVENTS = list(`trade war|price war|culture war|war of words|war chest|war crimes|war crime|
  war propaganda|war footing|war zone|war-torn|post-war|prewar|pre-war|cold war|strike force|first strike|
  power cuts|power cut|job cuts|tax cuts|tax cut|spending cuts|budget cuts|news conference|press conference|
  deal with|dealt with|dealing with|great deal|good deal|big deal|fire department|fire service|fire services|
  fire brigade|fire chief|fire crews|firefighters|death sentence|life sentence|the sentence|
  sentence of|hit list|hit back|hits back|hit out|hits out|hit hard|hard hit|hit by sanctions|hit with sanctions|
  strike a balance|struck a balance|struck down|strike down|rally behind|rallied behind|march of|
  held talks with reporters|held steady|held firm|kept quiet|kept silent|left office|left the country|
  left power|left-wing|left wing|crash course|market crash|stock market crash|attack ads|heart attack|
  panic attack|seized power plant|takeover bid|takeover offer|hostile takeover|transfer window|data transfer|
  data transfers|money transfer|transfer of power|exercises its|exercise|vote of thanks|opinion polls|
  opinion poll|polled|polls show|polls suggest|meeting point|meeting expectations|
  met expectations|met the|fine print|fine-tune|fine-tuned|fine tuning|fine line|cut off|cuts off|cut short|
  cut ties|cut back|cut across|cut through|cut power|cut off power|rate of|collapse of talks|
  collapse of the talks|political crisis|fired back|fired up|launched an investigation|launched a probe|
  launched a campaign|launched an appeal|hit a record|hit record|hit a low|hit a high|hit a record low|
  recalled that|recalled how|recalled the|recalls that|recalls how|ruling party|ruling parties|ruling coalition|
  exchange rate|exchange rates|stock exchange|foreign exchange|in exchange for|exchange of views|exchange of letters|
  exchange of prisoners|prisoner exchange`);

/**
 * Accidents that stay events of their own when a disaster causes them: a train derailing in a
 * flood, reactors melting down after a tsunami (a roof collapsing in an earthquake is the quake's).
 */
export const OWN_ACCIDENTS = new Set(
  list(`derailment|crash|crashes|plane crash|train crash|bus crash|car crash|sinking|
  shipwreck|meltdown|meltdowns|nuclear accident|nuclear disaster|radiation leak|oil spill`),
);

/** Words before a trigger that deny its event for one type: a ceasefire "violated" did not happen. */
export const NEGATORS_BY_TYPE: Partial<Record<EventType, ReadonlySet<string>>> = {
  agreement: new Set(
    list(`violating|violated|violation|violations|breach|breached|breaching|breaking|broke|broken|
    collapse|collapsed|abandoned|scrapped|quit|suspended`),
  ),
};

/** What an event of each type is called when a verb reports it, and how its arguments read. */
export interface EventTypeInfo {
  /** The noun that names it: "attack", "protest". */
  label: string;
  /**
   * A country or demonym right before its noun: the actor ("Russian strike", "EU sanctions") or
   * where it happened ("Peru protests").
   */
  modifier: 'actor' | 'place';
  /** The preposition after the noun that introduces the target: "strike on", "sanctions against". */
  targetPrepositions: readonly string[];
  /** How many days apart two reports of it can be dated and still be one event. */
  toleranceDays: number;
  /** Its verbs' object is what moves ("moved troops", "deployed ships"), not whom it is done to. */
  objectMoves?: boolean;
}

const targets = (s: string) => s.split(' ');
export const EVENT_TYPE_INFO: Record<EventType, EventTypeInfo> = {
  attack: {
    label: 'attack',
    modifier: 'actor',
    targetPrepositions: targets('on against at of targeting'),
    toleranceDays: 1,
  },
  war: {
    label: 'war',
    modifier: 'actor',
    targetPrepositions: targets('of on against in with'),
    toleranceDays: 3650,
  },
  coup: { label: 'coup', modifier: 'place', targetPrepositions: targets('against in'), toleranceDays: 365 },
  clash: { label: 'clash', modifier: 'place', targetPrepositions: targets('with against'), toleranceDays: 2 },
  protest: {
    label: 'protests',
    modifier: 'place',
    targetPrepositions: targets('against over'),
    toleranceDays: 14,
  },
  labour_strike: {
    label: 'strike',
    modifier: 'place',
    targetPrepositions: targets('at against'),
    toleranceDays: 14,
  },
  arrest: { label: 'arrests', modifier: 'actor', targetPrepositions: targets('of'), toleranceDays: 2 },
  cyber_attack: {
    label: 'cyber attack',
    modifier: 'actor',
    targetPrepositions: targets('on against at of targeting'),
    toleranceDays: 7,
  },
  military_movement: {
    label: 'build-up',
    modifier: 'actor',
    targetPrepositions: targets('near around along on into toward towards'),
    toleranceDays: 30,
    objectMoves: true,
  },
  meeting: { label: 'talks', modifier: 'actor', targetPrepositions: targets('with'), toleranceDays: 3 },
  agreement: { label: 'agreement', modifier: 'actor', targetPrepositions: targets('with'), toleranceDays: 7 },
  sanctions: {
    label: 'sanctions',
    modifier: 'actor',
    targetPrepositions: targets('on against targeting'),
    toleranceDays: 7,
  },
  election: { label: 'election', modifier: 'place', targetPrepositions: targets('on'), toleranceDays: 7 },
  court_ruling: {
    label: 'ruling',
    modifier: 'actor',
    targetPrepositions: targets('against on in'),
    toleranceDays: 3,
  },
  penalty: {
    label: 'fine',
    modifier: 'actor',
    targetPrepositions: targets('on against for'),
    toleranceDays: 7,
  },
  policy: {
    label: 'decision',
    modifier: 'actor',
    targetPrepositions: targets('on against'),
    toleranceDays: 7,
  },
  disaster: { label: 'disaster', modifier: 'place', targetPrepositions: [], toleranceDays: 14 },
  accident: { label: 'accident', modifier: 'place', targetPrepositions: [], toleranceDays: 2 },
  recall: { label: 'recall', modifier: 'actor', targetPrepositions: targets('of'), toleranceDays: 30 },
  commemoration: {
    label: 'commemoration',
    modifier: 'place',
    targetPrepositions: targets('of for'),
    toleranceDays: 2,
  },
  killing: { label: 'killing', modifier: 'actor', targetPrepositions: targets('of'), toleranceDays: 2 },
  shooting: { label: 'shooting', modifier: 'actor', targetPrepositions: targets('of at'), toleranceDays: 2 },
  death: { label: 'death', modifier: 'place', targetPrepositions: targets('of'), toleranceDays: 2 },
  injury: { label: 'injury', modifier: 'place', targetPrepositions: targets('of'), toleranceDays: 7 },
  charge: { label: 'charges', modifier: 'actor', targetPrepositions: targets('against'), toleranceDays: 7 },
  trial: { label: 'trial', modifier: 'actor', targetPrepositions: targets('of'), toleranceDays: 30 },
  sentence: { label: 'sentence', modifier: 'actor', targetPrepositions: targets('of'), toleranceDays: 3 },
  escape: { label: 'escape', modifier: 'place', targetPrepositions: targets('from'), toleranceDays: 3 },
  release: { label: 'release', modifier: 'actor', targetPrepositions: targets('of'), toleranceDays: 3 },
  acquisition: {
    label: 'acquisition',
    modifier: 'actor',
    targetPrepositions: targets('of'),
    toleranceDays: 30,
  },
  merger: { label: 'merger', modifier: 'actor', targetPrepositions: targets('with'), toleranceDays: 30 },
  earnings: { label: 'earnings', modifier: 'actor', targetPrepositions: [], toleranceDays: 7 },
  product_launch: {
    label: 'launch',
    modifier: 'actor',
    targetPrepositions: targets('of'),
    toleranceDays: 14,
  },
  outage: { label: 'outage', modifier: 'place', targetPrepositions: targets('at'), toleranceDays: 3 },
  appointment: {
    label: 'appointment',
    modifier: 'actor',
    targetPrepositions: targets('of'),
    toleranceDays: 14,
  },
  resignation: {
    label: 'resignation',
    modifier: 'actor',
    targetPrepositions: targets('from'),
    toleranceDays: 7,
  },
  dismissal: { label: 'dismissal', modifier: 'actor', targetPrepositions: targets('of'), toleranceDays: 7 },
  nomination: {
    label: 'nomination',
    modifier: 'actor',
    targetPrepositions: targets('of for'),
    toleranceDays: 14,
  },
  award: { label: 'award', modifier: 'actor', targetPrepositions: targets('to'), toleranceDays: 14 },
  sports_result: {
    label: 'win',
    modifier: 'actor',
    targetPrepositions: targets('over against'),
    toleranceDays: 2,
  },
  treatment: { label: 'treatment', modifier: 'place', targetPrepositions: [], toleranceDays: 14 },
  expulsion: { label: 'expulsion', modifier: 'actor', targetPrepositions: targets('of'), toleranceDays: 7 },
  suspension: { label: 'suspension', modifier: 'actor', targetPrepositions: targets('of'), toleranceDays: 7 },
  other: { label: 'event', modifier: 'actor', targetPrepositions: [], toleranceDays: 2 },
};

/** Every trigger form with its senses (lower case, as the matcher compiles them). */
export const TRIGGER_SENSES: [form: string, sense: TriggerSense][] = TRIGGERS.flatMap(({ forms, ...sense }) =>
  list(forms).map((form) => [form, sense] as [string, TriggerSense]),
);

/**
 * Words before a trigger (within its clause) that make it unreal: a threat, a plan, a possibility,
 * a denial, a condition. "could attack", "fears of an invasion", "no sign of a pullback".
 */
export const IRREALIS = new Set(
  list(`could|would|might|may|can|will|shall|should|must|if|unless|whether|possible|possibly|potential|likely|
    unlikely|risk|risks|fear|fears|feared|threat|threats|threaten|threatened|threatening|warn|warned|warning|
    warnings|plan|plans|planned|planning|intend|intends|intended|aim|aims|aimed|prepare|prepares|prepared|
    ready|willing|keen|want|wants|wanted|desire|seek|seeks|sought|attempt|attempts|attempted|try|tried|
    trying|no|not|never|n't|without|absence|lack|deny|denies|denied|avoid|prevent|prevented|avert|averted|
    call|calls|called|urge|urged|urging|demand|demands|demanded|ask|asks|asked|asking|propose|proposed|proposal|considering|
    consider|considered|expected|expects|expect|hypothetical|pledge|pledged|vowed|vow|promise|promised|
    offer|offered|ahead|upcoming|next|future|wait|await|awaiting|instead|insistence|pushing|push|pushed|seeking|
    lobbying|support|oppose|opposes|opposed|room|scope|pressure|chance|ability`),
);

/**
 * Head nouns of named instruments: a capitalised trigger before one of these names a law or a
 * treaty, not an event ("the War Powers Act", "the Strike Prevention Bill").
 */
export const INSTRUMENT_HEADS = new Set(
  list(`act|law|bill|code|doctrine|resolution|amendment|statute|ordinance|directive|convention|charter`),
);

/** Words after a trigger noun that make it unreal: "sanctions would be unpleasant". */
export const IRREALIS_AFTER = new Set(list(`could|would|might|may|will|shall|should|must|if|unless`));

/** Time words after a trigger that put it in the future: "cut rates at its meeting next month". */
export const FUTURE_AFTER = new Set(list(`next|tomorrow|upcoming|later`));

/** A clause ends at these words: an event's unreal context does not run across them. */
export const CLAUSE_BREAKS = new Set(
  list(`;|:|—|–|--|but|while|whereas|although|though|because|after|before|and|as`),
);

/** Figures: the words that say what a number counts. */
export const FIGURE_WORDS: Record<string, FigureKind> = {
  killed: 'killed',
  killing: 'killed',
  dead: 'killed',
  died: 'killed',
  deaths: 'killed',
  death: 'killed',
  lives: 'killed',
  fatalities: 'killed',
  bodies: 'killed',
  wounded: 'injured',
  wounding: 'injured',
  injured: 'injured',
  injuring: 'injured',
  hurt: 'injured',
  injuries: 'injured',
  arrested: 'arrested',
  arresting: 'arrested',
  detained: 'arrested',
  detaining: 'arrested',
  arrests: 'arrested',
  displaced: 'displaced',
  displacing: 'displaced',
  homeless: 'displaced',
  evacuated: 'evacuated',
  evacuating: 'evacuated',
  evacuation: 'evacuated',
  evacuate: 'evacuated',
  missing: 'missing',
};

/** Nouns naming people counted by a figure: "27 people", "nine children". */
export const COUNTED_NOUNS = new Set(
  list(`people|persons|civilians|children|soldiers|troops|police|officers|policemen|workers|miners|residents|
    protesters|demonstrators|passengers|villagers|fighters|militants|others|students|women|men|members|
    journalists|staff|families|households|patients|migrants|refugees|tourists|crew|sailors|israelis|
    iranians|palestinians|ukrainians|russians|americans|suspects|activists|farmers|guards|inmates|prisoners`),
);

/** Currency signs and words for money figures. */
export const CURRENCY_WORDS = new Set(
  list(`$|€|£|¥|euros|euro|dollars|pounds|yen|won|rupees|yuan|francs|pesos|rand`),
);
export const MAGNITUDES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mln: 1e6,
  bln: 1e9,
};

/**
 * Nouns too general to name an event when a more specific word for it was also used: "attack" loses
 * to "air strike", "talks" to "summit".
 */
export const GENERIC_TRIGGERS = new Set(
  list(`attack|attacks|assault|raid|raids|fighting|violence|conflict|strike|strikes|deal|deals|agreement|
    meeting|decision|missile|missiles|drone|drones|rocket|rockets|holiday|ceremony|cut|cuts|ban|fire|
    blast|explosion|hit|hits|struck|fired|launched|targeted`),
);

/** Adjectives before a trigger that say nothing about which event it is: "huge", "latest", "such". */
export const VAGUE_MODIFIERS = new Set(
  list(`huge|big|biggest|large|largest|massive|major|latest|new|recent|fresh|ongoing|deadly|worst|such|another|
    further|same|first|second|third|last|previous|initial|alleged|apparent|possible|similar|several|many|
    more|most|other|its|their|his|her|our|this|that|these|those|the|a|an|some|any|every|each|daily|weekly|
    overnight|early|late|brief|short|long|long-range|small|fierce|heavy|renewed|repeated|unprecedented|
    sweeping|wider|wide|widespread|continuing|mounting|growing|escalating|violent|peaceful|nationwide|
    surprise|unexpected|rare|historic|landmark|tentative|two|three|four|five|waves|wave|nuclear-capable|
    full-scale|crowded|busy|consecutive|successive|straight`),
);

/** Words before a trigger noun that date it without a calendar date: "last week's strike". */
export const TRIGGER_STOP_BEFORE = new Set(
  list(`the|a|an|of|in|on|at|by|for|with|from|to|and|or|but|that|which`),
);

/**
 * Verbs and nouns through which the subject performs the event a noun names: "X launched an
 * offensive", "X's use of a missile", "X designated Monday a holiday". Their subject is the actor.
 */
export const LIGHT_WORDS = new Set(
  list(`use|used|using|launched|launching|launch|carried|conducted|staged|stage|held|holds|holding|imposed|
    imposes|announced|announces|signed|signs|began|begun|started|mounted|unleashed|fired|dropped|declared|
    declares|designated|designates|approved|approves|reached|agreed|struck|strikes|issued|issues|ordered|
    orders|called|organised|organized|led|leads|marked|marks|unveiled|unveils|introduced|introduces|passed|
    voted|won|handed|imposing|slapped|ratified|completed|finalised|finalized|battered|pummelled|pummeled|
    pounded|hit|adopted|adopts|opened|opens|hosted|hosts|hosting|convened|convenes|attended|entered|violated|
    breached|crossed|accepted|accepts|accept|extended|extends|expanded|expands|escalated|intensified|resumed|
    concluded|concludes|joined|joins`),
);

/** Words that end the noun phrase of an event's subject or object. */
export const PHRASE_BREAKS = new Set(
  list(`,|.|;|:|(|)|"|“|”|—|–|--|that|which|who|whom|whose|where|when|while|as|if`),
);

/**
 * Frequent verbs that can follow an event noun ("the strikes hit", "the protests spread"): after
 * them the noun heads its phrase instead of modifying the next word ("fighting vehicles").
 */
export const VERBS_AFTER_EVENT = new Set(
  list(`hit|hits|spread|spreads|continue|continues|began|begin|begins|erupted|erupt|erupts|broke|break|
    breaks|left|leave|leaves|came|come|comes|took|take|takes|ended|end|ends|killed|kills|forced|force|
    forces|included|includes|include|caused|causes|cause|damaged|destroyed|sparked|sparks|drew|draws|
    went|go|goes|marked|marks|struck|strikes|raged|rage|rages|intensified|resumed|grew|grow|grows|swept|
    sweep|sweeps|paralysed|paralyzed|disrupted|shut|halted|brought|saw|sees|see|targeted|remained|remain|
    remains|involved|involves|affected|affects|followed|follows|prompted|prompts|has|have|had|is|are|was|
    were|will|would|could|may|might|must|should|can|lashed|lashes|ravaged|ravages|devastated|swept|pounded|
    battered|slammed|flooded|rocked|rocks|shook|shakes|tore|hits`),
);

/** Verbs after an event noun whose object is what it struck: "an earthquake struck Peru". */
export const STRIKING_VERBS = new Set(
  list(`struck|strikes|hit|hits|lashed|lashes|ravaged|ravages|devastated|swept|sweeps|pounded|battered|slammed|
    flooded|rocked|rocks|shook|shakes|tore|targeted|damaged|destroyed`),
);
