//! Closed-class grammar words the role, claim and modality rules look at: prepositions,
//! negators, modal and clause-opening words, anaphors.
//!
//! These are grammar, not vocabulary: a few dozen function words of Modern Standard Arabic that
//! do not grow with the news, so they live here as constants (matching-normalized: أ/إ/آ → ا,
//! ى → ي, ة → ه). Open-class words (event verbs and nouns, speech verbs) live in
//! `lexicon/triggers.tsv`.

use rasad_event::Sector;
use rasad_text::hash::FxHashSet;
use std::sync::OnceLock;

/// Prepositions after which an actor is not a subject or direct object.
pub static PREPOSITIONS: WordList = WordList::new(&[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "ضد",
    "بين",
    "حول",
    "تجاه",
    "بحق",
    "لدي",
    "عبر",
    "منذ",
    "خلال",
    "قرب",
    "داخل",
    "نحو",
    "عند",
    "بشان",
    "لصالح",
    "حيال",
    "ازاء",
    "دون",
    "بدون",
    "قبل",
    "بعد",
    "جراء",
    "اثر",
    "بسبب",
    "امام",
    "وراء",
    "فوق",
    "تحت",
    "مقابل",
    "باتجاه",
    "حتي",
    // attribution: `حسب مسؤولين باكستانيين` names a source, no participant
    "حسب",
    "بحسب",
    "وفق",
    "وفقا",
    "طبقا",
]);

/// A dash (`-`, `--`, `–`, `—`): it opens a clause, and ends a dateline.
pub fn is_dash(form: &str) -> bool {
    matches!(form, "-" | "--" | "–" | "—")
}

/// "His country", "his government" (`بلاده`, `حكومتها`; matching forms): the country of the
/// nearest earlier actor of one, or its government.
pub static POSSESSED_STATES: WordList = WordList::new(&[
    "بلاده",
    "بلادها",
    "بلادهم",
    "بلادهما",
    // (not `بلده`: folded, it is also `بلدة`, a town)
    "بلدها",
    "دولته",
    "دولتها",
    "حكومته",
    "حكومتها",
    "حكومتهم",
]);

/// Armed forces with a possessive pronoun (`جنوده`, `قواتها`, `طائراته`): anaphors of a state.
pub static POSSESSED_FORCES: WordList = WordList::new(&[
    "قواته",
    "قواتها",
    "قواتهم",
    "جنوده",
    "جنودها",
    "جنودهم",
    "طايراته",
    "طايراتها",
    "جيشه",
    "جيشها",
    "مقاتلاته",
    "مقاتلاتها",
    "دباباته",
    "دباباتها",
]);

/// Verbs of claiming an attack (`تبنت طالبان الهجوم`, `هجوم تبنته القاعدة`).
pub static CLAIM_VERBS: WordList = WordList::new(&[
    "تبني",
    "تبنت",
    "تبناه",
    "تبنته",
    "تبناها",
    "تبنتها",
    "تبنوا",
    "يتبني",
    "تتبني",
]);

/// `مسؤوليتها` after `أعلنت X`: a claim of responsibility.
pub static RESPONSIBILITY: WordList = WordList::new(&[
    "مسووليه",
    "مسووليته",
    "مسووليتها",
    "مسووليتهم",
    // the verbal noun `تحمّل` "bearing" with its owner: `أعلن X تحمله المسؤولية`
    "تحمله",
    "تحملها",
    "تحملهم",
]);

/// Nouns of dying and being hurt (matching-normalized stems, `جرح` also covers `جرحى`): an
/// announcer of them reports casualties, it is not their cause unless it is an armed body.
pub static DEATH_NOUNS: WordList =
    WordList::new(&["مقتل", "مصرع", "استشهاد", "وفاه", "اصابه", "اصابات", "جرح"]);

/// Verbs announcing responsibility (`أعلنت X مسؤوليتها`; never `نفت`).
pub static ANNOUNCE_VERBS: WordList =
    WordList::new(&["اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "تبنت", "تبني"]);

/// Verbs of causing (`أدت الغارة إلى مقتل`, `أسفر القصف عن`).
pub static CAUSAL_VERBS: WordList = WordList::new(&[
    "ادت",
    "ادي",
    "اسفرت",
    "اسفر",
    "تسببت",
    "تسبب",
    "خلفت",
    "خلف",
    "اوقعت",
    "اوقع",
]);

/// Prepositions of means and cause (`في غارة`, `بقصف`, `جراء ضربة`, `إثر هجوم`).
pub static MEANS_PREPS: WordList =
    WordList::new(&["في", "ب", "جراء", "اثر", "بسبب", "نتيجه", "بفعل"]);

/// Strikes and weapon platforms: a country's strike is the act of its armed forces.
pub static STRIKES: WordList = WordList::new(&[
    "غاره",
    "غارات",
    "الغاره",
    "الغارات",
    "ضربه",
    "ضربات",
    "الضربه",
    "الضربات",
    "قصف",
    "القصف",
    "صاروخ",
    "صواريخ",
    "الصاروخ",
    "الصواريخ",
    "طايره",
    "طايرات",
    "الطايره",
    "الطايرات",
    "مروحيه",
    "مروحيات",
    "المروحيه",
    "المروحيات",
    "دبابه",
    "دبابات",
    "الدبابه",
    "الدبابات",
    "قذيفه",
    "قذايف",
    "القذيفه",
    "القذايف",
    "مدفعيه",
    "المدفعيه",
]);

/// Prepositions that introduce the target of an event.
pub static TARGET_PREPS: WordList = WordList::new(&[
    "الي",
    "علي",
    "ضد",
    "بحق",
    "تجاه",
    "حيال",
    "ازاء",
    "مع",
    "باتجاه",
    "نحو",
    // `تظاهروا أمام السفارة`, `انفجرت قنبلة أمام مكاتب الحزب`: the actor whose building an
    // event happens in front of, near or outside is its addressee or target
    "امام",
    "قرب",
    "خارج",
]);

/// Locative words: a place after them is where the event happened (and so after a compass word,
/// [`DIRECTIONS`]; [`is_locative`] checks both).
pub static LOCATIVES: WordList = WordList::new(&[
    "في",
    "قرب",
    "بالقرب",
    "داخل",
    "طول",
    "منطقه",
    "مدينه",
    "محافظه",
    "اقليم",
    "ولايه",
    "بلده",
    "قريه",
    "ضواحي",
    "اطراف",
    "عاصمه",
    "العاصمه",
    "مخيم",
    "حي",
    "بلدات",
    "مناطق",
]);

/// A locative word or compass direction (matching-normalized).
pub fn is_locative(form: &str) -> bool {
    is_word(form, &LOCATIVES) || is_word(form, &DIRECTIONS)
}

/// Nouns of texts that say things (`قرار يدين إسرائيل`, `بيان يتهم`, `تقرير يطالب`): a verb
/// right after one of them has it as its subject, matching-normalized.
pub static DOCUMENT_NOUNS: WordList = WordList::new(&[
    "قرار",
    "بيان",
    "تقرير",
    "رساله",
    "مذكره",
    "تغريده",
    "مقال",
    "قانون",
    "اقتراح",
    "نداء",
    // what protesters carry and chant (`لافتات تطالب الأمم المتحدة بـ…`)
    "لافتات",
    "لافته",
    "شعارات",
    "هتافات",
    "يافطات",
]);

/// Nouns of a (air) strike (matching forms, without the article) whose country adjective names
/// the armed forces behind it (`غارة إسرائيلية`, `ضربات جوية روسية`); unlike [`STRIKES`], no
/// weapons, which the lexicon reads as agents with their nisba already, and no `قصف`, a verb
/// entry too (`في قصف إسرائيلي` is read as its verbal noun, whose nisba is its agent), nor
/// `هجوم`, whose nisba stays the agent of the noun (`أدان الهجوم الإسرائيلي`).
pub static STRIKE_NOUNS: WordList = WordList::new(&["غاره", "غارات", "ضربه", "ضربات"]);

/// Adjectives of the air that may stand between a strike noun and its country adjective
/// (`غارات جوية روسية`), matching forms.
pub static AIR_ADJECTIVES: WordList = WordList::new(&["جوي", "جويه", "الجوي", "الجويه", "جويا"]);

/// Nouns of speaking that take the adjective `صحفي` ("press"), matching forms, with the
/// prepositions they are often written with.
pub static SPEAKING_NOUNS: WordList = WordList::new(&[
    // (`ؤ` folds to `و` in matching forms)
    "موتمر",
    "موتمرا",
    "بموتمر",
    "تصريحات",
    "بتصريحات",
    "لتصريحات",
    "تصريح",
    "تصريحا",
    "بتصريح",
    "بيان",
    "بيانا",
    "ببيان",
    "لقاء",
    "حوار",
    "مقابله",
    "تقرير",
    "تقارير",
    "تقريرا",
    "مصدر",
    "مصادر",
]);

/// Countries whose capital bears their name (matching-normalized): after a noun of a meeting
/// or accord the name is that city, a venue (`قمة سنغافورة`, `مشاورات الكويت`), like any
/// capital there.
pub static CITY_STATES: WordList = WordList::new(&[
    "سنغافوره",
    "الكويت",
    "جيبوتي",
    "موناكو",
    "الفاتيكان",
    "لوكسمبورغ",
    "لوكسمبورج",
]);

/// Nouns of meetings and accords that take the city they were held or signed in as a bare
/// genitive, a venue and a name, not an actor (`اجتماع باريس`, `قمة هلسنكي`, `اتفاق أوسلو`,
/// `محادثات جنيف`), matching-normalized.
pub static GATHERING_NOUNS: WordList = WordList::new(&[
    "اجتماع",
    "اجتماعات",
    "موتمر",
    "موتمرات",
    "قمه",
    "لقاء",
    "محادثات",
    "مباحثات",
    "مفاوضات",
    "اتفاق",
    "اتفاقيه",
    "اتفاقات",
    "اتفاقيات",
    "معاهده",
    "تفاهمات",
    "منتدي",
    "مسار",
    "جوله",
    "حوار",
    "اعلان",
    "بروتوكول",
]);

/// Nouns of a street or site before a place that names it (`شارع صنعاء`, `ميدان القاهرة`).
pub static SITE_NOUNS: WordList = WordList::new(&[
    "شارع",
    "ميدان",
    "ساحه",
    "طريق",
    "جسر",
    "مطار",
    "ميناء",
    "جامعه",
    "حي",
    "سجن",
    "فندق",
    "محطه",
    "بوابه",
    "معبر",
]);

/// Compass directions before a place (`شمال سوريا`, `جنوبي العراق`): the place is a location.
pub static DIRECTIONS: WordList = WordList::new(&[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "وسط",
    "شمالا",
    "جنوبا",
    "شرقا",
    "غربا",
]);

/// Words that introduce what a protest is against (`احتجاجا على`, `تنديدا بـ`, `رفضا لـ`).
pub static PROTEST_AGAINST: WordList = WordList::new(&[
    "احتجاجا",
    "احتجاج",
    "للاحتجاج",
    "الاحتجاج",
    "تنديدا",
    "للتنديد",
    "التنديد",
    "منددين",
    "منددا",
    "منددون",
    "مندده",
    "رفضا",
    "استنكارا",
    "مناهضه",
    "المناهضه",
    "مناهضين",
    "معاديه",
    "المعاديه",
    "معادين",
    "المعادين",
]);

/// Participles and verbal nouns of demanding, whose object is the one a protest addresses
/// (`مطالبين الحكومة`, `لمطالبة الحكومة`).
pub static DEMANDING: WordList = WordList::new(&[
    "مطالبين",
    "مطالبا",
    "مطالبون",
    "مطالبه",
    "لمطالبه",
    "للمطالبه",
]);

/// The participles among [`DEMANDING`] (`مطالبين الحكومة`): they describe the subject of the
/// clause they follow, which is the one who demands.
pub static DEMANDING_PARTICIPLES: WordList = WordList::new(&["مطالبين", "مطالبا", "مطالبون"]);

/// Nouns that name a kind of place (`العاصمة`, `مدينة`): a nationality adjective after them
/// describes the place.
pub static PLACE_WORDS: WordList = WordList::new(&[
    "عاصمه",
    "العاصمه",
    "مدينه",
    "المدينه",
    "بلده",
    "البلده",
    "قريه",
    "القريه",
    "محافظه",
    "المحافظه",
    "منطقه",
    "المنطقه",
    "مناطق",
    "المناطق",
    "الاراضي",
    "اراضي",
    "الحدود",
    "حدود",
]);

/// A complementizer carrying a subject pronoun (`أنه`, `إنها`, `بأنهم`): the verb after it has
/// that pronoun as its subject.
pub static PRONOUN_COMPLEMENTIZERS: WordList = WordList::new(&[
    "انه",
    "انها",
    "انهم",
    "انهما",
    "بانه",
    "بانها",
    "بانهم",
    "لانه",
    "لانها",
    "لانهم",
]);

/// Words before an event that negate it.
/// Document nouns, matching-normalized: a report or statement speaks for its author
/// (`بيان لقيادة الجيش`, `تقرير لمنظمة العفو`).
pub static DOCUMENTS: WordList =
    WordList::new(&["بيان", "تقرير", "رساله", "دراسه", "وثيقه", "مذكره"]);

/// Words that call off what they govern (`ألغى القمة`, `تأجيل المحادثات`, `علقت واشنطن
/// المساعدات`, `إنهاء الاحتلال`, `وقف الهجمات`): the event noun right after them (their
/// subject between, for a verb) does not take place. Normalized forms; a noun may carry
/// `بـ`/`لـ` (`بإلغاء`). Not the bare `اجل` ("postponed" and the `أجل` of `من أجل`).
pub static CANCEL_HEADS: WordList = WordList::new(&[
    "الغاء",
    "الغي",
    "الغت",
    "الغوا",
    "يلغي",
    "تلغي",
    "يلغون",
    "الغيت",
    "تاجيل",
    "اجلت",
    "يوجل",
    "توجل",
    "ارجاء",
    "ارجا",
    "ارجات",
    "يرجي",
    "ترجي",
    "تعليق",
    "علق",
    "علقت",
    "يعلق",
    "انهاء",
    "انهي",
    "انهت",
    "ينهي",
    "تنهي",
    "وقف",
    "اوقف",
    "اوقفت",
    "يوقف",
]);

/// Words that ease a sanction or a restriction they govern (`تخفيف العقوبات`, `رفع الحظر`).
pub static EASE_HEADS: WordList = WordList::new(&[
    "تخفيف",
    "خفف",
    "خففت",
    "يخفف",
    "تخفف",
    "رفع",
    "رفعت",
    "يرفع",
    "ترفع",
]);

pub static NEGATORS: WordList = WordList::new(&[
    "لم",
    "لن",
    "لا",
    "ليس",
    "ليست",
    "ليسوا",
    "غير",
    "عدم",
    "دون",
    "بدون",
    "لما",
]);

/// A word that may be a bare noun (a name, a construct head): no preposition clitic, no
/// accusative `-ا`, no function word (`بحسب`, `علنيا`, `فيه`, `قد`, `أمس`, `عدة` are none).
pub fn bare_noun(form: &str) -> bool {
    !form.starts_with(['ب', 'ل', 'ك'])
        && !form.ends_with('ا')
        && !is_prep_pronoun(form)
        && !is_word(form, &PARTICLES)
        && !is_word(form, &PREPOSITIONS)
        && !is_word(form, &ADVERBS)
        && !is_word(form, &QUANTITY)
        && !is_word(form, &COMPLEMENTIZERS)
}

/// Auxiliaries that may stand between a negator/modal and the event word.
pub static AUXILIARIES: WordList = WordList::new(&[
    "يتم", "تم", "يكن", "تكن", "يعد", "تعد", "قد", "بعد", "يجر", "تجر", "ان", "يكون", "تكون",
]);

/// Words before an event that make it future, hypothetical, intended or demanded.
pub static MODALS: WordList = WordList::new(&[
    "سوف",
    "يجب",
    "ينبغي",
    "لابد",
    "بد",
    "تريد",
    "يريد",
    "يريدون",
    "اراد",
    "ارادت",
    "تعتزم",
    "يعتزم",
    "ينوي",
    "تنوي",
    "اذا",
    "لو",
    "يمكن",
    "ممكن",
    "محتمل",
    "المقرر",
    "المتوقع",
    "مستعد",
    "مستعده",
    "تسعي",
    "يسعي",
    "اجل",
    "بهدف",
    "لمنع",
    "لن",
    "المزمع",
    "حال",
    "تستعد",
    "يستعد",
    "تهدف",
    "يهدف",
    "امكانيه",
    "احتمال",
    "خطه",
    "مشروع",
    "مقترح",
    "ستقوم",
    "سيقوم",
    "تخطيط",
    "تخطيطهم",
    "تخطيطه",
    "يخطط",
    "يخططون",
    "تخطط",
    "خطط",
    "خططوا",
    "يدرسون",
    "تدرس",
    "يدرس",
    "تعتزمان",
    "يعتزمون",
]);

/// Words that oblige (`يجب أن`): in reported speech they turn the embedded event into a demand.
pub static DEONTIC: WordList = WordList::new(&[
    "يجب",
    "ينبغي",
    "لابد",
    "بد",
    "عليها",
    "عليه",
    "عليهم",
    "يتعين",
    "يتوجب",
]);

/// Words that open a new clause (roles are looked for inside a clause).
pub static CLAUSE_OPENERS: WordList = WordList::new(&[
    "لكن",
    "ولكن",
    "لكنه",
    "لكنها",
    "لكنهم",
    "فيما",
    "بينما",
    "حيث",
    "كما",
    "اذ",
    "وسط",
    "الا",
    "رغم",
    "برغم",
    "التي",
    "الذي",
    "الذين",
    "اللذين",
    "اللتين",
    "والتي",
    "والذي",
    "ان",
    "انه",
    "انها",
    "انهم",
    "بان",
    "بانه",
    "بانها",
    "وان",
    "وانه",
    "وانها",
    "اما",
    "عندما",
    "حين",
    "بعدما",
    "فيما",
    "وفيما",
    "وبينما",
    "كي",
    "لكي",
    "ثم",
]);

/// Complementizers: the clause after them is the content of reported speech.
pub static COMPLEMENTIZERS: WordList = WordList::new(&[
    "ان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "بان",
    "بانه",
    "بانها",
    "بانهم",
    "عن",
]);

/// Contrast words that end the scope of reported speech.
pub static CONTRAST: WordList = WordList::new(&[
    "لكن",
    "ولكن",
    "لكنه",
    "لكنها",
    "بينما",
    "فيما",
    "وفيما",
    "غير",
]);

/// Anaphors that stand for the two parties last mentioned (and the dual titles,
/// [`PAIR_TITLES`]).
pub static PAIR_ANAPHORS: WordList = WordList::new(&[
    "البلدين",
    "البلدان",
    "الطرفين",
    "الطرفان",
    "الجانبين",
    "الجانبان",
    "الدولتين",
    "الدولتان",
    "الخصمين",
    "الخصمان",
    "الجارتين",
    "الجارين",
    "العاصمتين",
    "الحكومتين",
    "كلا",
    "بينهما",
]);

/// Dual anaphors of movements and parties (`الحركتان` for Fatah and Hamas): the last two
/// named ones, which may share a country (matching forms).
/// Definite singular nouns of an organised group that refer back to the last named group
/// of the sectors listed (matching-normalized): `الحركة` (Hamas, the Taliban, Fatah),
/// `التنظيم` (the Islamic State, al-Qaeda), `الجماعة` (Boko Haram, the Brotherhood), `الحزب`
/// (Hezbollah, a party).
pub const GROUP_ANAPHORS: &[(&str, &[Sector])] = &[
    ("الحركه", &[Sector::Reb, Sector::Pty, Sector::Opp]),
    ("التنظيم", &[Sector::Reb]),
    ("الجماعه", &[Sector::Reb, Sector::Pty, Sector::Opp]),
    ("الحزب", &[Sector::Pty, Sector::Opp]),
];

/// Definite adjectives that may follow a group anaphor and keep it one (`التنظيم الإرهابي`,
/// `الجماعة المتشددة`); any other definite word after it names another group or sense
/// (`الحركة الشعبية`, `الحزب الحاكم`, `الحركة التجارية`).
pub static GROUP_EPITHETS: WordList = WordList::new(&[
    "الارهابي",
    "الارهابيه",
    "المتشدد",
    "المتشدده",
    "المتطرف",
    "المتطرفه",
    "المسلح",
    "المسلحه",
    "الجهادي",
    "الجهاديه",
    "المتمرد",
    "المتمرده",
]);

/// Nouns before `الحركة` that make it movement, not a movement (`حرية الحركة`, `تقييد
/// الحركة`, `حظر الحركة`).
pub static MOTION_HEADS: WordList = WordList::new(&[
    "حريه",
    "تقييد",
    "قيود",
    "حظر",
    "منع",
    "تسهيل",
    "شلل",
    "تعطيل",
    "تنظيم",
    "انسيابيه",
    "حجم",
]);

pub static GROUP_PAIRS: WordList = WordList::new(&[
    "الحركتين",
    "الحركتان",
    "الحزبين",
    "الحزبان",
    "الفصيلين",
    "الفصيلان",
    "التنظيمين",
    "التنظيمان",
    "الجماعتين",
    "الجماعتان",
]);

/// Pair anaphors that are dual titles (`الرئيسان` "the two presidents"; matching forms, so
/// `ئ` is `ي`): they name the two countries' leaders, coded GOV whoever of theirs the
/// antecedent was.
pub static PAIR_TITLES: WordList = WordList::new(&[
    "الزعيمين",
    "الزعيمان",
    "الرييسين",
    "الرييسان",
    "الوزيرين",
    "الوزيران",
]);

/// `البلدان` is also the plural "the countries": after a preposition, a quantifier or a
/// demonstrative of the plural (`بعض البلدان`, `هذه البلدان`; the dual would be `البلدين` there)
/// and before a feminine or plural modifier (`البلدان العربية`, `البلدان التي`, `البلدان
/// الثلاثة`; a dual takes `الجاران`, `اللذان`), it is no pair anaphor.
pub fn plural_countries(forms: &[String], i: usize) -> bool {
    if strip_conj(&forms[i]) != "البلدان" {
        return false;
    }
    let before = i.checked_sub(1).map(|j| forms[j].as_str());
    let after = forms.get(i + 1).map(String::as_str);
    before.is_some_and(|b| {
        is_word(b, &PREPOSITIONS) || is_word(b, &QUANTIFIERS) || is_word(b, &PLURAL_DETERMINERS)
    }) || after.is_some_and(|a| {
        is_word(a, &PLURAL_MODIFIERS)
            || a.starts_with("ال") && a.ends_with('ه')
            || a.chars().next().is_some_and(|c| c.is_ascii_digit())
    })
}

/// Quantifiers before a plural or collective noun (matching-normalized): `بعض الدول`, `عدد من`.
pub static QUANTIFIERS: WordList =
    WordList::new(&["بعض", "جميع", "معظم", "كافه", "غالبيه", "اغلب", "عدد"]);

/// Superlatives that head a construct with a definite noun (matching-normalized): `أحدث
/// الغارات`, `أبرز القادة`, `آخر الهجمات`.
pub static SUPERLATIVES: WordList = WordList::new(&[
    "احدث", "اخر", "اول", "اكبر", "ابرز", "اعنف", "اهم", "اشد", "كبار",
]);

/// A quantifier or superlative: the head of a construct whose genitive is the actor
/// (`معظم الدول`, `أحدث الغارات`, `كبار المسؤولين`).
pub fn construct_quantifier(form: &str) -> bool {
    is_word(form, &QUANTIFIERS) || is_word(form, &SUPERLATIVES)
}

/// Other words before a plural noun (matching-normalized): `كل`, `مختلف`, plural demonstratives.
static PLURAL_DETERMINERS: WordList = WordList::new(&[
    "كل",
    "مختلف",
    "سائر",
    "باقي",
    "بقيه",
    "احد",
    "احدي",
    "اكثر",
    "اقل",
    "هذه",
    "تلك",
    "هولاء",
    "اولئك",
]);

/// Modifiers of a plural of things that have no `ـه` ending (matching-normalized).
static PLURAL_MODIFIERS: WordList = WordList::new(&[
    "التي",
    "ذات",
    "الاخري",
    "الاكثر",
    "الاقل",
    "الاعضاء",
    "الثلاث",
    "الاربع",
    "الخمس",
    "الست",
    "السبع",
    "الثماني",
    "التسع",
    "العشر",
]);

/// `كل جانب`, `كل طرف`: each of the two parties, acting on the other.
pub static EACH_HEADS: WordList = WordList::new(&["جانب", "طرف", "بلد", "منهما", "من"]);

/// Words that may stand between a verb and its subject (`دعت يوم الثلاثاء مجموعة …`).
pub static ADVERBS: WordList = WordList::new(&[
    "يوم",
    "امس",
    "اليوم",
    "ايضا",
    "كذلك",
    "فقط",
    "مجددا",
    "رسميا",
    "فعلا",
    "الليله",
    "صباح",
    "مساء",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "اول",
    "الماضي",
    "قد",
    "بدوره",
    "بدورها",
    "مكتب",
    "مصدر",
    "مصادر",
    "متحدث",
    "المتحدث",
    "ناطق",
    "الناطق",
    "باسم",
    "\"",
    "'",
    "(",
    ")",
]);

/// Participles of speech that follow a verb to say how its subject put it (`هاجم X Y مشيرا
/// إلى أن`, `قائلا`), matching-normalized.
pub static SPEECH_PARTICIPLES: WordList = WordList::new(&[
    "مشيرا",
    "قايلا",
    "معتبرا",
    "موكدا",
    "واصفا",
    "مضيفا",
    "مشددا",
    "موضحا",
    "منتقدا",
    "متسايلا",
]);

/// Whether `form` is one of `list`.
pub fn is_word(form: &str, list: &WordList) -> bool {
    list.has(form)
}

/// A closed list of word forms, written as a slice and looked up through a hash set built on
/// its first use (the coder asks these lists about every word of every sentence).
pub struct WordList {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> WordList {
        WordList {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `form` is in the list.
    pub fn has(&self, form: &str) -> bool {
        // (a handful of words is faster scanned than hashed)
        if self.words.len() <= 8 {
            return self.words.contains(&form);
        }
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(form)
    }
}

impl std::ops::Deref for WordList {
    type Target = [&'static str];
    fn deref(&self) -> &Self::Target {
        self.words
    }
}

/// Organs of a party, movement or organisation, named before `لـ` + the body
/// (`المكتب السياسي لحركة حماس`, `اللجنة المركزية لحركة فتح`): the organ acts for the body
/// and is coded as it. Matching forms (ة → ه, ى → ي, hamza folded), head then adjective.
pub const ORGANS: &[[&str; 2]] = &[
    ["المكتب", "السياسي"],
    ["المكتب", "التنفيذي"],
    ["المكتب", "الاعلامي"],
    ["اللجنه", "المركزيه"],
    ["اللجنه", "التنفيذيه"],
    ["اللجنه", "السياسيه"],
    ["المجلس", "الثوري"],
    ["المجلس", "المركزي"],
    ["المجلس", "القيادي"],
    ["الهيئه", "القياديه"],
    ["الهيئه", "السياسيه"],
    ["الهيئه", "التنفيذيه"],
    ["القياده", "العامه"],
    ["القياده", "المركزيه"],
    ["القياده", "السياسيه"],
    ["الامانه", "العامه"],
    ["الجناح", "السياسي"],
    ["الذراع", "السياسي"],
];

/// The organ phrase (an [`ORGANS`] entry) whose last word is `forms[k - 1]`, if there is one:
/// its first token and the preposition written on it (`للجنة المركزية` → `ل`).
pub fn organ_before(forms: &[String], k: usize) -> Option<(usize, Option<&'static str>)> {
    if k < 2 || k > forms.len() {
        return None;
    }
    let (head, adj) = (strip_conj(&forms[k - 2]), forms[k - 1].as_str());
    ORGANS.iter().find_map(|[h, a]| {
        if *a != adj {
            return None;
        }
        if head == *h {
            return Some((k - 2, None));
        }
        // `بالمكتب`, `للجنة` (ل + ال loses its alif)
        let bare = h.strip_prefix("ال")?;
        if head.strip_prefix("بال") == Some(bare) {
            Some((k - 2, Some("ب")))
        } else if head.strip_prefix("لل") == Some(bare) {
            Some((k - 2, Some("ل")))
        } else {
            None
        }
    })
}

/// Words of affiliation before `لـ` + a body (`الموالين لحركة طالبان`, `تابعين للتنظيم`).
pub static AFFILIATION: WordList = WordList::new(&[
    "الموالين",
    "الموالون",
    "الموالي",
    "المواليه",
    "موالين",
    "موالون",
    "موالي",
    "مواليه",
    "التابعين",
    "التابعون",
    "التابع",
    "التابعه",
    "تابعين",
    "تابعون",
    "تابع",
    "تابعه",
    "المنتمين",
    "المنتمون",
    "المنتمي",
    "منتمين",
    "منتمون",
    "المرتبطين",
    "مرتبطين",
    "المرتبطه",
    "مرتبطه",
    "المقربين",
    "مقربين",
]);

/// Institution words that head a construct with the body they belong to (`حكومة البشير`,
/// `قوات النظام السوري`): indefinite in form, so without article or plural ending.
pub static CONSTRUCT_HEADS: WordList = WordList::new(&[
    "حكومه",
    "قوات",
    "وزاره",
    "سلطات",
    "جيش",
    "شرطه",
    "اجهزه",
    "جهاز",
    "نظام",
    "قياده",
    "قاده",
    "مخابرات",
    "استخبارات",
    "طيران",
    "طايرات",
    "جنود",
    "عناصر",
    "اداره",
    "رياسه",
    "سفاره",
    "مليشيات",
    "ميليشيات",
]);

/// Generic heads before the proper name of a body (`منظمة هيومن رايتس ووتش`, `منظمتا …
/// والعفو الدولية`, `صحيفة نيويورك تايمز`, `حركة حماس`), singular, dual and plural, without
/// article or conjunction: the name after them is who they are.
pub static NAME_HEADS: WordList = WordList::new(&[
    "منظمه",
    "منظمتا",
    "منظمتي",
    "منظمات",
    "صحيفه",
    "صحيفتا",
    "صحيفتي",
    "صحف",
    "وكاله",
    "وكالتا",
    "وكالتي",
    "وكالات",
    "حركه",
    "حركتا",
    "حركتي",
    "جماعه",
    "جماعتا",
    "جمعيه",
    "مجموعه",
    "شركه",
    "شركتا",
    "شركات",
    "قناه",
    "حزب",
    "حزبا",
    "حزبي",
    "هييه",
]);

/// Members of a body (`ضابط في الشرطة`, `عناصر من الجيش`), without article or conjunction.
pub static MEMBER_NOUNS: WordList = WordList::new(&[
    "ضابط",
    "ضابطا",
    "ضباط",
    "ضابطين",
    "ضابطان",
    "عنصر",
    "عنصرا",
    "عناصر",
    "عنصرين",
    "عنصران",
    "فرد",
    "فردا",
    "افراد",
    "عضو",
    "عضوا",
    "اعضاء",
    "منتسب",
    "منتسبين",
    "منتسبي",
    "مجند",
    "مجندين",
    "مجندا",
    "قايد",
    "قاده",
    // units: `قوة من الشرطة العراقية`, `دورية من الجيش`
    "قوه",
    "قوات",
    "دوريه",
    "دوريات",
    "وحده",
    "وحدات",
    "كتيبه",
    "فرقه",
]);

/// Whether a matching-normalized form (conjunction and article allowed) is a member word.
pub fn member_noun(form: &str) -> bool {
    let f = strip_conj(form);
    is_word(f.strip_prefix("ال").unwrap_or(f), &MEMBER_NOUNS)
}

/// A verb form that agrees with a plural subject: the past `قتلوا`, `هاجموا` and the
/// imperfect `يهاجمون`, `تتظاهرون`. In Arabic a verb agrees in number only with a subject
/// *before* it (or a dropped one): with an overt subject after it, the verb stays singular
/// (`هاجم المسلحون`). So a noun after a plural verb is its object, never its subject.
pub fn plural_verb(form: &str) -> bool {
    let f = strip_conj(form);
    let n = f.chars().count();
    // (`تعاون`, `يتعاون` end in `ون` too, but after a long vowel: singular)
    let imperfect = n >= 5
        && (f.starts_with('ي') || f.starts_with('ت'))
        && f.strip_suffix("ون")
            .is_some_and(|stem| !stem.ends_with('ا') && !stem.ends_with('و'));
    n >= 4 && f.ends_with("وا") || imperfect
}

/// A perfect (or subjunctive) verb form of the third person plural: `نظموا`, `وأحرقوا`, and
/// with an object pronoun, which keeps the `و` (`نظموه`). Unlike [`plural_verb`], the
/// imperfect `-ون` is not judged: a dropped subject is only refused for these.
pub fn plural_perfect(form: &str) -> bool {
    let f = strip_conj(form);
    f.ends_with("وا")
        || ["وه", "وها", "وهم", "وهما"]
            .iter()
            .any(|p| f.len() > p.len() + 4 && f.ends_with(p))
}

/// The form without a leading conjunction `و`/`ف`.
/// Particles that may follow a verb and are no name (`ثم`, `حتى`, `إذ`, `كما`),
/// matching-normalized.
/// Agent entries (ids in lexicon/agents.tsv) that name bodies only a state has: a definite
/// one refers back to a state's actor, never to an organisation's (`الحكومة` after `المبعوث
/// الأممي`, an IGO official, is no UN government).
pub static STATE_BODIES: WordList = WordList::new(&["government", "ministry", "regime"]);

/// Words (matching forms, without the article) that make a definite force a state's own:
/// `قوات الجيش`, `قوات الشرعية` (a government's "legitimate" forces) never refer back to a
/// coalition (`التحالف`, `تحالف دعم الشرعية`), however recently it was named.
pub static NATIONAL_FORCES: WordList = WordList::new(&["جيش", "شرعيه"]);

pub static PARTICLES: WordList =
    WordList::new(&["ثم", "حتي", "اذ", "اذا", "كما", "لكن", "بل", "او"]);

/// Whether a form ends in a third-person object or possessive pronoun (`ه`, `ها`, `هم`,
/// `هما`). (The letters alone: a stem in `ه`, or `ة` folded to `ه` in matching forms, ends
/// so too — callers that care check the word's length or kind.)
pub fn ends_in_pronoun(form: &str) -> bool {
    ["ه", "ها", "هم", "هما"].iter().any(|p| form.ends_with(p))
}

/// A preposition with a pronoun (`عنهم`, `فيه`, `بها`, `لهم`), matching-normalized.
pub fn is_prep_pronoun(form: &str) -> bool {
    ["هما", "هم", "ها", "ه"].iter().any(|p| {
        form.strip_suffix(p)
            .is_some_and(|head| matches!(head, "ب" | "ل") || is_word(head, &PREPOSITIONS))
    })
}

pub fn strip_conj(form: &str) -> &str {
    form.strip_prefix('و')
        .or_else(|| form.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(form)
}

/// Words between two triggers that stop the second from being the first's complement
/// (`المناشدة … بعد اتهامات`: the accusations are not what was appealed for).
pub static COMPLEMENT_BLOCKERS: WordList = WordList::new(&[
    "بعد",
    "قبل",
    "اثر",
    "عقب",
    "منذ",
    "خلال",
    "رغم",
    "وسط",
    "جراء",
    "بسبب",
    "نتيجه",
    "بينما",
    "فيما",
    "حين",
    "عندما",
    "لدي",
    "اثناء",
    // `تعهد الرئيسان برد قوي على هجوم`, `ردا على الهجمات`: the act responded to is not the
    // responder's
    "رد",
    "برد",
    "ردا",
    "الرد",
    "بالرد",
]);

/// Quantity words that may stand between an event noun or verb and its victims
/// (`مقتل عشرات المدنيين`, `قتل نحو 30 ألف شخص`).
pub static QUANTITY: WordList = WordList::new(&[
    "عشرات",
    "العشرات",
    "مئات",
    "المئات",
    // `ئ` folds to `ي` in matching forms
    "ميات",
    "الميات",
    "الاف",
    "الالاف",
    "الف",
    // duals and accusatives (`ألفي`, `ألفا`, `مئتي`, `مليوني`), and `ملايين`
    "الفي",
    "الفا",
    "ميتي",
    "ميتا",
    "مليوني",
    "ملايين",
    "مليون",
    "اكثر",
    "نحو",
    "حوالي",
    "قرابه",
    "زهاء",
    "من",
    "عدد",
    // (accusative: `إن عددا من المسلحين اقتحموا`)
    "عددا",
    "عده",
    // `عدد كبير من المسؤولين`
    "كبير",
    "كبيرا",
    // `على مجموعة من المقاومين`: a group of; `حشود من المعلمين`: crowds of
    "مجموعه",
    "مجموعات",
    "حشد",
    "حشود",
    "الحشود",
    "جموع",
    "مجموعات",
    "بعض",
    "اقل",
    "ما",
    "لا",
    "يقل",
    "عن",
    "مايقل",
    "ثلاثه",
    "اربعه",
    "خمسه",
    "سته",
    "سبعه",
    "ثمانيه",
    "تسعه",
    "عشره",
    "اثنين",
    "اثنان",
    "ثلاث",
    "اربع",
    "خمس",
    "ست",
    "سبع",
    "ثماني",
    "تسع",
    "عشر",
    "عشرين",
    "ثلاثين",
    "اربعين",
    "خمسين",
]);

/// The approximators among [`CROWD`] (`نحو مائة`): a count follows them.
pub static APPROXIMATORS: WordList = WordList::new(&["نحو", "حوالي", "قرابه", "زهاء"]);

/// Crowd nouns besides the plural `حشود` of [`CROWD`]: right before a verb, like a crowd
/// count, they are its subject (`لتفريق حشد تجمع`).
pub static CROWD_NOUNS: WordList = WordList::new(&["حشد", "جموع", "الجموع"]);

/// Crowd counts (`عشرات`, `آلاف`): a number of people right after a verb is its subject, so the
/// verb reports an event even when no actor is recognized (`تظاهر أمس مئات …`).
pub static CROWD: WordList = WordList::new(&[
    "عشرات",
    "العشرات",
    "ميات",
    "الميات",
    "الاف",
    "الالاف",
    "الوف",
    "حشود",
    "الحشود",
    "نحو",
    "حوالي",
    "قرابه",
    "زهاء",
    "الف",
    "الفا",
    "مليون",
    "ميه",
    "مايه",
]);

/// Relative pronouns (`الذي`, `التي`, …), matching-normalized.
pub static RELATIVE_PRONOUNS: WordList = WordList::new(&[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللذان",
    "اللتين",
    "اللتان",
    "اللواتي",
    "اللاتي",
]);

/// Possession words: an event noun after them names a state (`لديها اتفاقية`), not an event.
pub static POSSESSION: WordList = WordList::new(&[
    "لديها",
    "لديه",
    "لديهم",
    "لدي",
    "لديهما",
    "تملك",
    "يملك",
    "تمتلك",
    "يمتلك",
    "عنده",
    "عندها",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_answer_like_their_slices() {
        // a long list (hashed) and a short one (scanned)
        for list in [&MODALS, &EACH_HEADS] {
            for w in list.iter() {
                assert!(is_word(w, list), "{w}");
                // a prefix or an extension of a listed word is not listed
                let longer = format!("{w}ا");
                assert_eq!(is_word(&longer, list), list.contains(&longer.as_str()));
                let shorter: String = w.chars().skip(1).collect();
                assert_eq!(is_word(&shorter, list), list.contains(&shorter.as_str()));
            }
            assert!(!is_word("", list) && !is_word("بيروت", list));
        }
        assert!(MODALS.len() > 8 && EACH_HEADS.len() <= 8);
    }
}
