/**
 * Role nouns: what people are called by their office, job or standing ("Sen.", "spokeswoman",
 * "the nominee"). One table serves three steps: a title before a name peels off into the person's
 * role, a role noun in apposition describes the name, and a definite description ("the senator")
 * finds the person it was seen with.
 *
 * `category` decides what a role can belong to (its `of`):
 * - office, military, executive, spokes, staff: an employer or polity ("Russia's defense minister",
 *   "NATO Secretary-General", "a spokesman for the ministry");
 * - profession, standing: nothing before them is an owner ("Russia analyst" is an analyst *on*
 *   Russia); only "at X" / "with X" names the employer.
 * `spokes` roles speak for their principal: "the ministry's spokesman said" is the ministry speaking.
 */

export type RoleCategory =
  | 'office'
  | 'military'
  | 'executive'
  | 'spokes'
  | 'staff'
  | 'profession'
  | 'candidate'
  | 'standing'
  | 'family';
export type Gender = 'male' | 'female';

export interface RoleNoun {
  /** How the role is written as a title ("Secretary of State"). */
  title: string;
  category: RoleCategory;
  gender?: Gender;
  /** The lower-case forms that name it, abbreviations included ("sen.", "senator"). */
  forms: string[];
}

type Row = [forms: string, title: string, category: RoleCategory, gender?: Gender];

/** Forms are separated by "|"; the first word of the title is capitalised when written before a name. */
const ROWS: Row[] = [
  // Offices of state and government.
  ['president', 'President', 'office'],
  ['vice president|vice-president|vp', 'Vice President', 'office'],
  ['president-elect', 'President-elect', 'office'],
  ['prime minister|pm|premier', 'Prime Minister', 'office'],
  ['deputy prime minister', 'Deputy Prime Minister', 'office'],
  ['chancellor', 'Chancellor', 'office'],
  ['minister', 'Minister', 'office'],
  ['deputy minister', 'Deputy Minister', 'office'],
  ['secretary', 'Secretary', 'office'],
  ['treasurer|secretary-treasurer|comptroller', 'Treasurer', 'executive'],
  ['secretary of state', 'Secretary of State', 'office'],
  ['secretary-general|secretary general', 'Secretary-General', 'office'],
  ['under-secretary-general|undersecretary', 'Under-Secretary-General', 'office'],
  ['senator|sen.|sens.', 'Senator', 'office'],
  ['representative|rep.|reps.|congressman|congresswoman|congressperson', 'Representative', 'office'],
  ['lawmaker|legislator|parliamentarian|mp|member of parliament|deputy', 'lawmaker', 'office'],
  ['governor|gov.', 'Governor', 'office'],
  ['lieutenant governor|lt. gov.', 'Lieutenant Governor', 'office'],
  ['mayor', 'Mayor', 'office'],
  ['deputy mayor', 'Deputy Mayor', 'office'],
  ['councilman|councilwoman|council member|councillor|councilor|alderman', 'council member', 'office'],
  ['speaker', 'Speaker', 'office'],
  ['majority leader|minority leader|party leader|opposition leader|leader', 'leader', 'office'],
  ['whip', 'whip', 'office'],
  ['ambassador|amb.', 'Ambassador', 'office'],
  ['envoy|special envoy', 'Envoy', 'office'],
  ['diplomat|consul', 'diplomat', 'office'],
  ['commissioner|high commissioner', 'Commissioner', 'office'],
  ['high commissioner for human rights', 'High Commissioner for Human Rights', 'office'],
  ['high commissioner for refugees', 'High Commissioner for Refugees', 'office'],
  ['attorney general', 'Attorney General', 'office'],
  ['prosecutor|district attorney|public prosecutor|special counsel', 'prosecutor', 'office'],
  ['judge|justice|chief justice|magistrate', 'Judge', 'office'],
  ['sheriff|police chief|police commissioner', 'police chief', 'office'],
  ['ombudsman|ombudswoman|ombudsperson|human rights ombudsman|public defender', 'Ombudsman', 'office'],
  ['auditor general|auditor-general|inspector general', 'Inspector General', 'office'],
  ['official|officials|administration official|government official|senior official', 'official', 'office'],
  ['king', 'King', 'office', 'male'],
  ['queen', 'Queen', 'office', 'female'],
  ['prince|crown prince', 'Prince', 'office', 'male'],
  ['princess', 'Princess', 'office', 'female'],
  ['emir|sheikh|sultan', 'Emir', 'office', 'male'],
  ['pope', 'Pope', 'office', 'male'],
  ['ayatollah|supreme leader', 'Supreme Leader', 'office', 'male'],
  ['regional governor|state governor|provincial governor', 'Governor', 'office'],
  ['chief minister', 'Chief Minister', 'office'],
  // Armed forces and police.
  [
    'general|gen.|lt. gen.|maj. gen.|brig. gen.|brigadier general|major general|lieutenant general',
    'General',
    'military',
  ],
  ['colonel|col.|lt. col.|lieutenant colonel', 'Colonel', 'military'],
  ['major|maj.', 'Major', 'military'],
  ['captain|capt.', 'Captain', 'military'],
  ['lieutenant|lt.', 'Lieutenant', 'military'],
  ['sergeant|sgt.', 'Sergeant', 'military'],
  ['admiral|adm.|rear admiral|vice admiral', 'Admiral', 'military'],
  ['commander|cmdr.|military commander', 'Commander', 'military'],
  ['chief of staff', 'Chief of Staff', 'military'],
  ['military spokesman|military spokesperson|military spokeswoman', 'military spokesperson', 'spokes'],
  ['soldier|officer|police officer|trooper', 'officer', 'military'],
  // Running organisations.
  ['chairman', 'Chairman', 'executive'],
  ['chairwoman', 'Chairwoman', 'executive', 'female'],
  ['chair|chairperson', 'Chair', 'executive'],
  ['chief executive|chief executive officer|ceo', 'Chief Executive', 'executive'],
  [
    'chief financial officer|cfo|chief operating officer|coo|chief technology officer|cto',
    'executive',
    'executive',
  ],
  ['founder|co-founder|cofounder', 'founder', 'executive'],
  ['owner|co-owner', 'owner', 'executive'],
  [
    'director|director-general|director general|executive director|managing director',
    'Director',
    'executive',
  ],
  ['head|chief|boss|president and chief executive', 'head', 'executive'],
  ['manager|general manager|managing partner|partner', 'manager', 'executive'],
  ['executive|senior executive|vice chairman', 'executive', 'executive'],
  ['coach|head coach|trainer', 'coach', 'executive'],
  ['campaign manager|campaign chairman|campaign chair', 'campaign manager', 'executive'],
  ['chairman of the board', 'Chairman', 'executive'],
  // Speaking for someone.
  ['spokesman', 'spokesman', 'spokes', 'male'],
  ['spokeswoman', 'spokeswoman', 'spokes', 'female'],
  [
    'spokesperson|press secretary|press officer|press aide|communications director|mouthpiece',
    'spokesperson',
    'spokes',
  ],
  ['campaign spokesman|campaign spokeswoman|deputy press secretary', 'spokesperson', 'spokes'],
  // Working for someone.
  [
    'aide|senior aide|top aide|adviser|advisor|senior adviser|senior advisor|counselor|counsellor',
    'adviser',
    'staff',
  ],
  [
    'strategist|chief strategist|pollster|surrogate|operative|staffer|campaign staffer',
    'strategist',
    'staff',
  ],
  ['lawyer|attorney|counsel|defense attorney|defence lawyer|solicitor|barrister', 'lawyer', 'staff'],
  ['negotiator|chief negotiator', 'negotiator', 'staff'],
  // Professions: a name before them is a topic, not an employer.
  ['analyst|military analyst|political analyst|security analyst', 'analyst', 'profession'],
  ['economist|chief economist', 'economist', 'profession'],
  [
    'expert|specialist|security specialist|scholar|researcher|scientist|academic|fellow|senior fellow',
    'expert',
    'profession',
  ],
  ['professor|prof.|lecturer', 'Professor', 'profession'],
  ['historian|author|writer|novelist|biographer', 'author', 'profession'],
  [
    'journalist|reporter|correspondent|editor|columnist|commentator|pundit|host|anchor|moderator|co-moderator|interviewer|panelist',
    'journalist',
    'profession',
  ],
  ['doctor|dr.|physician|surgeon|nurse|epidemiologist', 'doctor', 'profession'],
  ['activist|campaigner|organizer|organiser|advocate', 'activist', 'profession'],
  [
    'businessman|entrepreneur|investor|developer|tycoon|magnate|billionaire',
    'businessman',
    'profession',
    'male',
  ],
  ['businesswoman', 'businesswoman', 'profession', 'female'],
  ['actor|singer|musician|rapper|comedian|star|celebrity|artist|filmmaker', 'artist', 'profession'],
  ['actress', 'actress', 'profession', 'female'],
  // ("forward" is left out: as a capitalised word it is more often a name's first word.)
  [
    'player|striker|midfielder|defender|goalkeeper|quarterback|pitcher|athlete|champion',
    'player',
    'profession',
  ],
  [
    'teacher|student|farmer|worker|engineer|pilot|driver|priest|pastor|rabbi|imam|bishop|cleric',
    'worker',
    'profession',
  ],
  [
    `fisherman|fisher|librarian|trader|vendor|street vendor|shopkeeper|shop owner|merchant|baker|butcher|carpenter|
    mechanic|electrician|plumber|miner|midwife|pharmacist|firefighter|paramedic|accountant|
    architect|chef|cook|waiter|cleaner|guard|security guard|taxi driver|truck driver|herder|rancher|shepherd|
    tailor|retiree|pensioner|veteran|commuter|passenger|tourist|landlord|tenant|homeowner|nun|monk|dockworker|
    docker|labourer|laborer|welder|factory worker|nurse practitioner|social worker|translator|photographer`,
    'worker',
    'profession',
  ],
  // Running for office.
  ['candidate|presidential candidate|hopeful|contender|challenger', 'candidate', 'candidate'],
  ['nominee|presidential nominee|running mate', 'nominee', 'candidate'],
  ['incumbent|front-runner|frontrunner', 'incumbent', 'candidate'],
  // Standing.
  [
    'resident|witness|victim|survivor|voter|supporter|donor|delegate|protester|protestor|critic|ally|friend|volunteer|member',
    'resident',
    'standing',
  ],
  ['former president|ex-president', 'former President', 'standing'],
  // Family.
  ['wife|mother|daughter|sister|widow|grandmother', 'relative', 'family', 'female'],
  ['husband|father|son|brother|widower|grandfather', 'relative', 'family', 'male'],
];

export const ROLE_NOUNS: RoleNoun[] = ROWS.map(([forms, title, category, gender]) => ({
  title,
  category,
  ...(gender ? { gender } : {}),
  forms: forms.split('|').map((f) => f.trim()),
}));

/** Every form (lower case) to its role; multi-word forms included, longest matched first by callers. */
export const ROLE_BY_FORM = new Map<string, RoleNoun>();
for (const role of ROLE_NOUNS)
  for (const form of role.forms) if (!ROLE_BY_FORM.has(form)) ROLE_BY_FORM.set(form, role);

/** Words that make a portfolio before "minister" / "secretary": "Foreign Minister", "Health Secretary". */
export const PORTFOLIOS = new Set(
  `foreign defense defence finance interior home health justice energy economy economic trade agriculture
  education environment transport transportation labour labor culture information industry emergencies
  treasury commerce state digital communications housing immigration security intelligence development
  tourism sports youth water oil petroleum mines mining planning budget fisheries science technology
  infrastructure welfare social veterans navy army war mineral resources natural`.split(/\s+/),
);

/** Honorifics: peeled off a name like a title, but no role; they tell a gender. */
export const HONORIFICS = new Map<string, Gender | null>([
  ['mr.', 'male'],
  ['mr', 'male'],
  ['mrs.', 'female'],
  ['mrs', 'female'],
  ['ms.', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['sir', 'male'],
  ['dame', 'female'],
  ['lord', 'male'],
  ['lady', 'female'],
  ['dr.', null],
  ['prof.', null],
  ['rev.', null],
  ['hon.', null],
  ['fr.', 'male'],
]);

/** Modifiers that can stand before a role without changing it ("former", "acting", "top"). */
export const ROLE_MODIFIERS = new Set(
  `former acting interim deputy assistant associate senior junior top chief lead longtime veteran new
  then-former outgoing incoming retired ex then longtime opposition`.split(/\s+/),
);
