/**
 * Places that are no countries: world regions, and the first-level divisions of a few federal
 * countries that news names without any context word (US states, Canadian provinces, Australian
 * states, the nations of the UK, well-known disputed or autonomous regions). Cities are found from
 * context ("in X", "the port city of X", "X-based"), not from a list.
 */

/** Regions of the world: places, never countries. */
export const WORLD_REGIONS =
  `Europe|Asia|Africa|Americas|Middle East|Latin America|South America|North America|
Central America|Caribbean|Balkans|Baltics|Scandinavia|Caucasus|South Caucasus|Central Asia|Southeast Asia|
East Asia|South Asia|Sahel|Horn of Africa|Persian Gulf|Gulf region|Arctic|Antarctica|Mediterranean|
Black Sea|Red Sea|Baltic Sea|South China Sea|East China Sea|North Sea|Taiwan Strait|Strait of Hormuz|
Indo-Pacific|Asia-Pacific|Sub-Saharan Africa|North Africa|West Africa|East Africa|Southern Africa|
Eastern Europe|Western Europe|Central Europe|Northern Europe|Southern Europe|Western Balkans|Levant|
Maghreb|Silicon Valley|Wall Street`
    .split('|')
    .map((s) => s.trim());

/** Divisions of countries, by country id: "Ohio" is a place in the United States. */
export const REGIONS_BY_COUNTRY: Record<string, string> = {
  cty_usa: `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
    Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|
    Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|
    North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|
    Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Washington state|Washington State|
    District of Columbia|Puerto Rico|Guam|Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|
    Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|Mo.|Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|
    Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Vt.|Va.|W.Va.|Wis.|Wyo.|D.C.`,
  cty_can: `Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|
    Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories`,
  cty_aus: `New South Wales|Queensland|Western Australia|South Australia|Tasmania|Northern Territory`,
  cty_gbr: `England|Scotland|Wales|Northern Ireland`,
  cty_ukr: `Crimea|Donbas|Donbass|Donetsk|Luhansk|Zaporizhzhia|Kherson region|Kharkiv region`,
  cty_rus: `Siberia|Chechnya|Dagestan|Kursk region|Belgorod region|Kaliningrad`,
  cty_chn: `Tibet|Xinjiang|Inner Mongolia|Guangdong|Sichuan|Hubei|Yunnan`,
  cty_esp: `Catalonia|Andalusia|Basque Country|Galicia|Canary Islands`,
  cty_deu: `Bavaria|Saxony|Thuringia|Brandenburg`,
  cty_ind: `Kashmir|Punjab|Kerala|Assam|Manipur|Gujarat|Bihar|Uttar Pradesh|Maharashtra|Tamil Nadu`,
  cty_pak: `Balochistan|Sindh|Khyber Pakhtunkhwa`,
  cty_pse: `Gaza|Gaza Strip|West Bank|East Jerusalem`,
  cty_sdn: `Darfur|Kordofan`,
  cty_eth: `Tigray|Amhara|Oromia`,
  cty_irq: `Kurdistan region|Anbar`,
  cty_syr: `Idlib`,
  cty_isr: `Negev|Golan Heights`,
};

/**
 * Nouns after a region's adjective that name the region itself: "the Crimean peninsula". A part of
 * it ("the Crimean coast") is no name of the region.
 */
export const REGION_LAND_NOUNS = ['peninsula', 'region'];

/** Common nouns that make the capitalised name before or after them a place. */
export const PLACE_NOUNS = new Set(
  `city town village port capital province region district county state municipality neighborhood
  neighbourhood suburb island islands peninsula valley river lake mountains mountain coast border
  oblast governorate prefecture enclave territory camp base airport square street avenue
  cities towns villages provinces regions districts counties states municipalities prefectures`.split(/\s+/),
);

/**
 * Divisions of a country written after their names, alone or after a list of them: "Cauca
 * province", "the Morogoro, Pwani and Lindi regions", "Iwate and Miyagi prefectures".
 */
export const DIVISION_NOUNS = new Set(
  `province provinces region regions district districts county counties oblast oblasts state states city
  cities prefecture prefectures governorate governorates municipality municipalities area sector town
  village township`.split(/\s+/),
);

/** Facilities a city is known by: "Mombasa port", "Lisbon airport" are the city where it is a place. */
export const CITY_FACILITIES = new Set(['airport', 'port']);

/** Plural facility nouns after a list of names: "at Lisbon and Porto airports" places both cities. */
export const FACILITY_PLURALS = new Set(
  `airports ports refineries plants terminals hospitals mines`.split(/\s+/),
);

/** Units of distance: "X, about 40 km east of Y" places X. */
export const DISTANCE_UNITS = new Set(`km kilometres kilometers miles mi`.split(/\s+/));

/** Compass words: "50 km north of X" places X. */
export const COMPASS_WORDS = new Set(
  `north south east west northeast northwest southeast southwest north-east north-west south-east
  south-west`.split(/\s+/),
);

/**
 * Lower-case nouns after a name that make it a facility, a place named with the noun: "the Kipevu
 * oil terminal", "the Druzhba pipeline". Each maps to its kind: spellings of one kind after one
 * name are one facility ("the X power station", later "the X plant").
 */
export const FACILITY_NOUNS: Record<string, string> = Object.fromEntries(
  Object.entries({
    plant: `power station|power plant|nuclear plant|nuclear power plant|power stations|plant|station|substation`,
    terminal: `terminal|oil terminal|gas terminal|container terminal|fuel terminal|lng terminal`,
    crossing: `crossing|border crossing|border post|checkpoint`,
    pipeline: `pipeline|gas pipeline|oil pipeline`,
    refinery: `refinery|oil refinery`,
    dam: `dam|hydroelectric dam|reservoir`,
    mine: `mine|gold mine|copper mine|coal mine`,
    hospital: `hospital`,
    park: `high-tech park|industrial park|industrial zone|science park|national park|nature reserve`,
    base: `air base|airbase|naval base|military base`,
    camp: `refugee camp|displacement camp`,
    temple: `temple|mosque|cathedral|monastery|shrine`,
    airport: `airport|international airport`,
    port: `port|seaport|container port|oil port`,
  }).flatMap(([kind, forms]) => forms.split('|').map((form) => [form, kind] as const)),
);

/**
 * Words of travel and transport: in their clause, "to X" is where someone or something goes ("will
 * travel to X", "diverting cargo to X"), a place, as "from X to Y" is.
 */
export const MOTION_WORDS = new Set(
  `travel travels travelled traveled travelling traveling trip journey flew fly flies flying flown flight
  flights sail sails sailed sailing drove drive drives driving divert diverts diverted diverting return
  returns returned returning home head heads headed heading bound moved relocate relocated relocating
  deported evacuated fled flee fleeing shipped ship shipping truck trucks trucked trucking route routes
  routed rerouted cargo goods deliveries exports`.split(/\s+/),
);

/** Capitalised last words of place names ("Mexico City", "Kherson Oblast", "Red Square"). */
export const PLACE_NAME_HEADS = new Set(
  `City Province Region District County Oblast Governorate Prefecture Island Islands Peninsula Valley River Cape
  Lake Mountains Mountain Coast Bay Square Street Avenue Airport Port Camp Base Strait Sea Ocean Gulf
  Desert Plateau Heights Hills`.split(/\s+/),
);

/**
 * Last words of a site's name: "Port Sudan Teaching Hospital", "Kestrel International Airport" is a
 * place (it may also run itself, but where things happen it is the place).
 */
export const SITE_NAME_HEADS = new Set(`Hospital Airport Stadium Prison Refinery Dam`.split(/\s+/));

/** First words of place names: "San Rafael", "El Alto", "Port Harcourt", "Mount Kenya". */
export const PLACE_NAME_OPENERS = new Set(
  `San Santa Santo Sao São El Los Las La Le Port Fort Mount Lake Cape Saint St. Puerto Porto Ciudad Nueva Nuevo
  Nizhny Ras Wadi Bandar Kota Kuala Hoa Ban Phnom Sidi Ain Tel`.split(/\s+/),
);

/** Named storms are events, never people: "Storm Eowyn", "Typhoon Lan". */
export const STORM_WORDS = new Set([
  'Hurricane',
  'Typhoon',
  'Cyclone',
  'Storm',
  'Tropical Storm',
  'Superstorm',
]);
