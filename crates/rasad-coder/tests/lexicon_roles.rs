//! Role rules that depend on what the real lexicon makes of a phrase: capitals standing for
//! their governments, pair anaphors, phrases that change an event's type. Sentences are
//! written for the tests.

use rasad_coder::{Coder, Document};
use rasad_event::{Event, PloverType};

fn code(text: &str) -> Vec<Event> {
    let coder = Coder::embedded().expect("embedded lexicon");
    coder
        .code(&Document {
            id: "t",
            text,
            date: None,
        })
        .events
}

/// The events of one PLOVER type.
fn of_type(ev: &[Event], t: PloverType) -> Vec<&Event> {
    ev.iter().filter(|e| e.event_type == t).collect()
}

/// The events of one PLOVER type in one sentence.
fn in_sentence(ev: &[Event], t: PloverType, sentence: usize) -> Vec<&Event> {
    ev.iter()
        .filter(|e| e.event_type == t && e.sentence == sentence)
        .collect()
}

/// Some events of the type, all with a source of this country.
fn all_sources_of(ev: &[Event], t: PloverType, c: &str) -> bool {
    let r = of_type(ev, t);
    !r.is_empty() && r.iter().all(|e| country(&e.source).as_deref() == Some(c))
}

/// Each text gives at least one event of the type.
fn fires_in_each(texts: &[&str], t: PloverType) {
    for text in texts {
        let ev = code(text);
        assert!(!of_type(&ev, t).is_empty(), "{text}: {ev:#?}");
    }
}

/// The events of one CAMEO code.
fn of_cameo<'a>(ev: &'a [Event], code: &str) -> Vec<&'a Event> {
    ev.iter().filter(|e| e.cameo.as_str() == code).collect()
}

/// An actor's country code, if it has one.
fn country(a: &Option<rasad_event::ActorRef>) -> Option<String> {
    a.as_ref()
        .and_then(|a| a.country)
        .map(|c| c.as_str().to_string())
}

/// An actor's sector code, if it has one.
fn sector(a: &Option<rasad_event::ActorRef>) -> Option<String> {
    a.as_ref()
        .and_then(|a| a.sector)
        .map(|s| s.as_str().to_string())
}

fn pairs(ev: &[Event], t: PloverType) -> Vec<(String, String)> {
    let code = |a: &Option<rasad_event::ActorRef>| country(a).unwrap_or_default();
    let mut out: Vec<(String, String)> = of_type(ev, t)
        .iter()
        .map(|e| (code(&e.source), code(&e.target)))
        .collect();
    out.sort();
    out
}

#[test]
fn capitals_after_bayna_are_the_two_parties_even_when_the_name_starts_with_ba() {
    // `وبكين`: the ب is the name's, not a preposition, so Beijing is no location here
    let ev = code("وتصاعدت الاتهامات المتبادلة بين واشنطن وبكين.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("CHN".into(), "USA".into()), ("USA".into(), "CHN".into())],
        "{ev:#?}"
    );
}

#[test]
fn a_trade_war_is_a_sanction_not_an_attack() {
    let ev = code("وتصاعدت الحرب التجارية بين الولايات المتحدة والصين.");
    assert!(
        ev.iter().all(|e| e.event_type != PloverType::Assault),
        "{ev:#?}"
    );
    assert_eq!(pairs(&ev, PloverType::Sanction).len(), 2, "{ev:#?}");
}

#[test]
fn a_pair_anaphor_takes_the_parties_named_earlier_in_its_own_sentence() {
    let ev = code(
        "وكانت الولايات المتحدة قالت إن دبلوماسييها في كوبا تعرضوا لأعراض غامضة.\n\
         وتوترت العلاقات بين الولايات المتحدة والصين، مع تهديدات متبادلة بين البلدين.",
    );
    assert_eq!(
        pairs(&ev, PloverType::Threaten),
        vec![("CHN".into(), "USA".into()), ("USA".into(), "CHN".into())],
        "{ev:#?}"
    );
}

#[test]
fn an_organisation_after_fi_is_no_location() {
    let ev = code("اندلعت مواجهة بين البلدين العضوين في حلف شمال الأطلسي.");
    assert!(
        ev.iter()
            .all(|e| e.location.as_ref().is_none_or(|l| l.name != "NATO")),
        "{ev:#?}"
    );
    // a country after في still is one
    let ev = code("اندلعت مواجهة عنيفة في أرمينيا أمس.");
    assert!(
        ev.iter()
            .any(|e| e.location.as_ref().is_some_and(|l| l.text == "أرمينيا")),
        "{ev:#?}"
    );
}

#[test]
fn the_word_an_entry_needs_is_its_object() {
    // `أسقط` needs an aircraft: `أسقطت طائرة أذربيجانية` has the plane as its object
    let ev = code("أسقطت طائرة أذربيجانية فوق المنطقة.");
    let a = ev
        .iter()
        .find(|e| e.event_type == PloverType::Assault)
        .expect("the shoot-down");
    assert!(a.source.is_none(), "{a:#?}");
    assert_eq!(country(&a.target), Some("AZE".into()), "{a:#?}");
}

#[test]
fn an_unknown_subject_before_the_verb_leaves_the_actor_after_it_as_the_object() {
    // `أن الطائرات قصفت صنعاء`: the planes (no actor) bombed Sanaa, Sanaa did not bomb
    let ev = code("وذكرت وكالة الأنباء أن الطائرات قصفت صنعاء أمس.");
    let a = of_type(&ev, PloverType::Assault);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert!(a[0].source.is_none(), "{ev:#?}");
    assert_eq!(country(&a[0].target), Some("YEM".to_string()), "{ev:#?}");
}

#[test]
fn a_title_whose_genitive_is_the_subject_itself_is_an_apposition() {
    // the leader of the Houthis is the Houthi leader, not the one threatened; the given name
    // written joined (`عبدالملك`) or apart matches the same person
    for name in ["عبدالملك الحوثي", "عبد الملك الحوثي"] {
        let ev = code(&format!(
            "وتوعد {name} زعيم جماعة أنصار الله بالرد على الغارات."
        ));
        let t = of_type(&ev, PloverType::Threaten);
        assert_eq!(t.len(), 1, "{ev:#?}");
        let s = t[0].source.as_ref().expect("a source");
        assert_eq!(s.text, name, "{ev:#?}");
        assert!(t[0].target.is_none(), "{ev:#?}");
    }
}

#[test]
fn event_words_naming_a_medium_and_achieving_are_no_events() {
    // `قناة "المسيرة"` is a channel, not a march; `تحقيق السلام` is achieving peace, not an
    // investigation — but `تحقيق في` and `التحقيق الدولي` are
    let ev = code("ونقلت قناة \"المسيرة\" أن الحكومة تسعى إلى تحقيق السلام.");
    assert!(ev.is_empty(), "{ev:#?}");
    // a pronoun is the object too: `لتحقيقها` (to achieve it)
    let ev = code("ووضعت الحكومة العراقية أهدافا طموحة وتعهدت بالعمل على تحقيقها.");
    assert!(
        ev.iter().all(|e| !e.cameo.as_str().starts_with("09")),
        "{ev:#?}"
    );
    let ev = code("وطالبت الأمم المتحدة بإجراء تحقيق في الهجوم. وبدأ التحقيق الدولي أمس.");
    assert_eq!(
        ev.iter()
            .filter(|e| e.cameo.as_str().starts_with("09"))
            .count(),
        2,
        "{ev:#?}"
    );
}

#[test]
fn shot_by_names_the_agent_and_a_reporter_of_deaths_is_not_their_cause() {
    // `برصاص X`: X shot the victims, whether the verb is passive or the count comes first
    let ev = code("وقتل 149 فلسطينيا برصاص الجنود الإسرائيليين منذ ذلك الحين.");
    assert_eq!(
        pairs(&ev, PloverType::Assault),
        vec![("ISR".into(), "PSE".into())],
        "{ev:#?}"
    );
    // a ministry announcing deaths reports them (claimed), it did not kill
    let ev = code("وأعلنت وزارة الصحة الفلسطينية استشهاد ثلاثة شبان بنيران القوات الإسرائيلية.");
    let a = of_type(&ev, PloverType::Assault);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert_eq!(a[0].dead.as_ref().map(|d| d.value), Some(3), "{ev:#?}");
    assert_eq!(country(&a[0].source), Some("ISR".to_string()), "{ev:#?}");
    let claimant = a[0].attribution.claimed_by.as_ref().expect("claimed");
    assert!(claimant.text.starts_with("وزارة الصحة"), "{ev:#?}");
}

#[test]
fn a_strike_noun_heading_its_owners_mention_is_still_the_event() {
    // `غارات إسرائيلية` is read by the lexicon as Israel's forces; the word is still the attack
    let ev = code("وقتل ثلاثة أشخاص في غارات إسرائيلية على غزة.");
    assert_eq!(
        pairs(&ev, PloverType::Assault),
        vec![("ISR".into(), "PSE".into())],
        "{ev:#?}"
    );
    // and a strike in a place is no actor of that place
    let ev = code("ونفذت إسرائيل ضربة جوية في سورية.");
    let a = of_type(&ev, PloverType::Assault);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert_eq!(country(&a[0].source), Some("ISR".to_string()), "{ev:#?}");
}

#[test]
fn an_ambiguous_place_name_takes_the_reading_of_the_country_named_beside_it() {
    // `عمان` is Oman, or Amman when the sentence says Jordan; a list of countries stays Oman
    let loc = |text: &str| -> Vec<String> {
        code(text)
            .iter()
            .filter_map(|e| e.location.as_ref().map(|l| l.name.clone()))
            .collect()
    };
    let amman = loc("واعتصم مئات المعلمين أمس في العاصمة الأردنية عمان للمطالبة برفع الرواتب.");
    assert!(
        !amman.is_empty() && amman.iter().all(|n| n == "Amman"),
        "{amman:?}"
    );
    let ev = code("وقع وزير الخارجية الأردني اتفاقا في عمان مع نظيره العراقي.");
    assert!(
        ev.iter()
            .all(|e| e.location.as_ref().is_none_or(|l| l.name == "Amman")),
        "{ev:#?}"
    );
    // the document decides when the sentence does not
    let ev = code(
        "وأعلنت الحكومة الأردنية رفع أسعار المحروقات.\n\
         واعتصم المئات أمام مقر الحكومة في عمان مساء الخميس.",
    );
    let p = of_type(&ev, PloverType::Protest);
    assert!(
        !p.is_empty()
            && p.iter()
                .all(|e| e.location.as_ref().is_some_and(|l| l.name == "Amman")),
        "{ev:#?}"
    );
    let ev = code("وزار المبعوث الأممي السعودية وعمان والكويت.");
    assert!(
        ev.iter()
            .flat_map(|e| [&e.source, &e.target])
            .flatten()
            .all(|a| a.name != "Amman"),
        "{ev:#?}"
    );
}

#[test]
fn a_place_word_with_a_nationality_after_a_preposition_is_where_not_who() {
    // `في العاصمة الروسية موسكو`: the capital is the place of the protest, not its subject
    let ev = code("وتظاهر مئات في العاصمة الروسية موسكو احتجاجا على رفع سن التقاعد.");
    let protests = of_type(&ev, PloverType::Protest);
    assert!(!protests.is_empty(), "{ev:#?}");
    for e in &protests {
        assert_eq!(
            e.location.as_ref().map(|l| l.name.as_str()),
            Some("Moscow"),
            "{e:#?}"
        );
        assert!(e.source.is_some(), "an implied protester source: {e:#?}");
        assert_ne!(sector(&e.source).as_deref(), Some("GOV"), "{e:#?}");
    }
    // the crowd count, not the verb, is the evidence of the protesters
    assert!(
        protests
            .iter()
            .any(|e| e.source.as_ref().is_some_and(|s| s.text == "مئات")),
        "{protests:#?}"
    );
    // a preposition is no construct head: `في المدن الإسرائيلية` is where, not who
    let ev = code("وتظاهر مئات في المدن الإسرائيلية ضد الحكومة.");
    let p = of_type(&ev, PloverType::Protest);
    assert!(
        !p.is_empty()
            && p.iter()
                .all(|e| e.source.as_ref().is_some_and(|s| s.text == "مئات")),
        "{ev:#?}"
    );
    // without a name: the nationality is the country of the place (`في الأردن`)
    let ev = code("وتجمع المئات في العاصمة اللبنانية للمطالبة بتشكيل الحكومة.");
    let p = of_type(&ev, PloverType::Protest);
    assert!(
        p.iter().any(|e| e
            .location
            .as_ref()
            .and_then(|l| l.country)
            .map(|c| c.as_str().to_string())
            == Some("LBN".into())),
        "{ev:#?}"
    );
}

#[test]
fn bearing_responsibility_is_no_accusation_holding_someone_responsible_is() {
    let ev = code("وقالت الحكومة إنها تحمل المسؤولية الكاملة عن حماية المدنيين.");
    assert!(of_type(&ev, PloverType::Accuse).is_empty(), "{ev:#?}");
    let ev = code("وحمّلت الحكومة العراقية تنظيم داعش المسؤولية عن التفجير.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("IRQ".into(), "IMG".into())],
        "{ev:#?}"
    );
    let ev = code("وحمّلها وزير الخارجية المسؤولية عن انهيار المفاوضات.");
    assert_eq!(of_type(&ev, PloverType::Accuse).len(), 1, "{ev:#?}");
    // `أعلن X تحمله المسؤولية`: a claim of the attack, not an accusation
    let ev = code("وأعلنت حركة الشباب تحملها المسؤولية عن الهجوم على القاعدة العسكرية.");
    assert!(of_type(&ev, PloverType::Accuse).is_empty(), "{ev:#?}");
    let a = of_type(&ev, PloverType::Assault);
    assert!(
        a.iter()
            .any(|e| e.source.as_ref().is_some_and(|s| s.text.contains("الشباب"))),
        "{ev:#?}"
    );
}

#[test]
fn a_running_total_after_a_tally_verb_counts_the_dead_of_the_genitive() {
    let ev = code("وبلغ قتلى القوات الحكومية أكثر من خمسين جنديا منذ بداية الشهر.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(
        a.iter()
            .any(|e| e.dead.as_ref().is_some_and(|d| d.value == 50)),
        "{ev:#?}"
    );
    // the genitive of `قتلى` is whose dead they are: the victims, not the killers
    assert!(
        a.iter()
            .all(|e| e.source.as_ref().is_none_or(|s| !s.text.contains("القوات"))),
        "{ev:#?}"
    );
    let ev = code("وأعلنت الشرطة ارتفاع أعداد قتلى التفجير الانتحاري إلى 27 شخصا.");
    assert!(
        ev.iter()
            .any(|e| e.dead.as_ref().is_some_and(|d| d.value == 27)),
        "{ev:#?}"
    );
}

#[test]
fn a_construct_with_a_definite_genitive_refers_back_like_a_definite_noun() {
    let ev = code(
        "وأدانت وزارة الخارجية المصرية التفجير.\n\
         وطالب وزير الخارجية مجلس الأمن بالتحرك الفوري.",
    );
    let r = of_type(&ev, PloverType::Request);
    assert!(!r.is_empty(), "{ev:#?}");
    assert_eq!(country(&r[0].source), Some("EGY".into()), "{r:#?}");
}

#[test]
fn a_government_named_before_a_protest_noun_is_not_the_protester() {
    let ev = code("وقدم رئيس الوزراء الأردني استقالته عقب احتجاجات واسعة على قانون الضريبة.");
    for e in of_type(&ev, PloverType::Protest) {
        assert_ne!(sector(&e.source).as_deref(), Some("GOV"), "{e:#?}");
    }
}

#[test]
fn deaths_in_an_accident_are_no_attack_unless_someone_caused_them() {
    let ev = code("لقي 17 شخصا مصرعهم وأصيب 30 آخرون في اصطدام حافلتين على الطريق الدولي.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    let ev = code("وغرق 90 مهاجرا على الأقل قبالة السواحل الليبية.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    let ev = code("وقالت هيئة الكوارث إن عشرات قتلوا في انزلاقات أرضية بعد أمطار غزيرة.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    // the places where it happened cause nothing
    let ev =
        code("وتحطمت ثلاث طائرات عسكرية في لاس فيغاس وكاليفورنيا وجيبوتي ما أسفر عن أربعة قتلى.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    // a ramming is an attack, whatever the word for the incident
    let ev = code("وقتل عشرة أشخاص في حادث دهس بشاحنة في وسط المدينة.");
    assert_eq!(of_type(&ev, PloverType::Assault).len(), 1, "{ev:#?}");
    // an attack word in the sentence keeps its casualties
    let ev = code("قتل سبعة مدنيين في قصف مدفعي تسبب في حريق بالسوق الشعبي.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .any(|e| e.dead.as_ref().is_some_and(|d| d.value == 7)),
        "{ev:#?}"
    );
}

#[test]
fn an_actor_composed_with_the_place_it_is_in_still_gives_the_location() {
    // `غارات في حلب` and `الشرطة في البصرة` are composed mentions; the place is the location
    for (text, place) in [
        (
            "وشن الطيران الحربي الروسي غارات في حلب صباح اليوم.",
            "Aleppo",
        ),
        ("واعتقلت الشرطة في البصرة ثلاثة مشتبهين.", "Basrah"),
    ] {
        let ev = code(text);
        assert!(
            !ev.is_empty()
                && ev
                    .iter()
                    .all(|e| e.location.as_ref().is_some_and(|l| l.name == place)),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn a_country_after_a_compass_word_is_where_not_who() {
    let ev = code("وخرج المئات في مسيرات غاضبة أمس شمالي المغرب احتجاجا على غلاء المعيشة.");
    let p = of_type(&ev, PloverType::Protest);
    assert!(!p.is_empty(), "{ev:#?}");
    for e in &p {
        assert!(
            e.source.as_ref().is_none_or(|s| s.text != "المغرب"),
            "{e:#?}"
        );
        assert_eq!(
            e.location
                .as_ref()
                .and_then(|l| l.country)
                .map(|c| c.as_str().to_string()),
            Some("MAR".into()),
            "{e:#?}"
        );
    }
}

#[test]
fn a_drone_is_no_march_and_a_reporter_is_no_attacker() {
    // `مسيرة` after `طائرة` is a drone, with or without the article
    let ev = code("وقال مصدر عسكري إن الطائرة المسيرة التي رصدت فوق المدينة أطلقتها الميليشيات.");
    assert!(of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
    // the speaker of `أفاد مراسل … أن` is no dropped subject of the shelling it reports
    let ev =
        code("وأفاد مراسل الوكالة أن الطيران حلق فوق المنطقة طوال الليل، كما قصفت مواقع للمسلحين.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty(), "{ev:#?}");
    assert!(
        a.iter()
            .all(|e| e.source.as_ref().is_none_or(|s| !s.text.contains("مراسل"))),
        "{a:#?}"
    );
}

#[test]
fn troops_massing_is_a_mobilisation_protesters_massing_a_protest() {
    let ev = code("واحتشدت القوات الهندية على طول الحدود مع باكستان.");
    assert!(of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
    let m = of_type(&ev, PloverType::Mobilize);
    assert_eq!(m.len(), 1, "{ev:#?}");
    assert_eq!(country(&m[0].source), Some("IND".into()), "{m:#?}");
    // the antecedent of a relative pronoun is the subject that decides
    let ev = code("وانسحبت القوات الروسية التي احتشدت قرب الحدود منذ أشهر.");
    assert!(of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
    let ev = code("واحتشد مئات الطلاب أمام مبنى الوزارة.");
    assert_eq!(of_type(&ev, PloverType::Protest).len(), 1, "{ev:#?}");
}

#[test]
fn a_count_of_members_names_the_victims_and_they_are_no_bombers() {
    let ev = code("وأعلن مصدر طبي مقتل ثلاثة من عناصر الشرطة في انفجار عبوة ناسفة.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty(), "{ev:#?}");
    // the counted police are the target …
    assert!(
        a.iter()
            .any(|e| sector(&e.target).as_deref() == Some("COP")),
        "{a:#?}"
    );
    // … and never the source of the bombing
    assert!(
        a.iter()
            .all(|e| sector(&e.source).as_deref() != Some("COP")),
        "{a:#?}"
    );
    let ev = code("أسفر القصف عن إصابة العشرات من المدنيين.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .any(|e| sector(&e.target).as_deref() == Some("CVL")),
        "{ev:#?}"
    );
}

#[test]
fn what_a_protest_is_against_is_its_target() {
    let ev = code("واعتصم مئات الطلاب أمام مبنى الجامعة احتجاجا على زيارة الرئيس الإيراني.");
    let p = of_type(&ev, PloverType::Protest);
    assert!(!p.is_empty(), "{ev:#?}");
    assert!(
        p.iter().all(|e| country(&e.target) == Some("IRN".into())),
        "{p:#?}"
    );
    // whom its demands are made of
    let ev = code("واعتصم مئات المزارعين أمام البرلمان مطالبين الحكومة المصرية بشراء المحصول.");
    assert!(
        of_type(&ev, PloverType::Protest)
            .iter()
            .any(|e| country(&e.target) == Some("EGY".into())
                && e.target
                    .as_ref()
                    .is_some_and(|t| t.text.contains("الحكومة"))),
        "{ev:#?}"
    );
    let ev = code("وخرج الآلاف في مسيرة للتنديد بالعدوان الإسرائيلي على غزة.");
    assert!(
        of_type(&ev, PloverType::Protest)
            .iter()
            .any(|e| country(&e.target) == Some("ISR".into())),
        "{ev:#?}"
    );
}

#[test]
fn a_support_verb_gives_the_agent_of_a_verb_form_read_as_its_noun() {
    // after a preposition a verb form is its verbal noun; the support verb's subject acts
    let ev = code("وعمد مسلحون إلى خطف ثلاثة موظفين في الشركة.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty(), "{ev:#?}");
    assert!(
        a.iter()
            .all(|e| e.source.as_ref().is_some_and(|s| s.text.contains("مسلحون"))),
        "{a:#?}"
    );
}

#[test]
fn the_one_through_whom_a_party_speaks_is_not_its_target() {
    let ev = code("وطالبت الحكومة العراقية على لسان المتحدث باسمها تركيا بسحب قواتها.");
    let r = of_type(&ev, PloverType::Request);
    assert!(!r.is_empty(), "{ev:#?}");
    assert!(
        r.iter().all(|e| e
            .target
            .as_ref()
            .is_none_or(|t| !t.text.contains("المتحدث"))),
        "{r:#?}"
    );
}

#[test]
fn who_survives_an_attack_is_its_target() {
    let ev = code("ونجا محافظ البنك المركزي من محاولة اغتيال في العاصمة.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty(), "{ev:#?}");
    assert!(
        a.iter().all(
            |e| e.target.as_ref().is_some_and(|t| t.text.contains("محافظ"))
                && e.source.as_ref().is_none_or(|s| !s.text.contains("محافظ"))
        ),
        "{a:#?}"
    );
}

#[test]
fn a_relative_pronoun_before_a_verb_is_its_subject_unless_the_verb_resumes_it() {
    // no pronoun on the verb: the antecedent accuses, the actor after the verb is accused
    let ev = code("وردت إيران على السعودية التي اتهمت طهران بدعم الحوثيين.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("SAU".into(), "IRN".into())],
        "{ev:#?}"
    );
    // an antecedent no dictionary knows is still the subject: the actor after the verb is
    // the object
    let ev = code("وقال فولكان الذي يزور إسرائيل قريبا إن الوضع هادئ.");
    let consult = of_type(&ev, PloverType::Consult);
    assert_eq!(consult.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&consult[0].target).as_deref(),
        Some("ISR"),
        "{ev:#?}"
    );
    assert_eq!(consult[0].source, None, "{ev:#?}");
    // `اتهمتها`: the pronoun is the antecedent, accused by the subject after the verb
    let ev = code("وردت قطر، التي اتهمتها الإمارات بدعم الإرهاب، على الاتهامات.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("ARE".into(), "QAT".into())],
        "{ev:#?}"
    );
}

#[test]
fn a_person_or_newspaper_attacking_someone_criticises_while_forces_assault() {
    let ev = code("وهاجم الرئيس الإيراني الولايات المتحدة في خطاب أمام البرلمان.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    let accuse = of_type(&ev, PloverType::Accuse);
    assert_eq!(accuse.len(), 1, "{ev:#?}");
    assert_eq!(accuse[0].cameo.as_str(), "111");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("IRN".into(), "USA".into())]
    );
    // armed forces, and a government as an institution, still attack
    for text in [
        "وهاجمت القوات الأمريكية مواقع لتنظيم داعش شرقي سوريا.",
        "وهاجمت الحكومة السورية بلدات في ريف إدلب.",
    ] {
        let ev = code(text);
        assert_eq!(
            of_type(&ev, PloverType::Assault).len(),
            1,
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn the_city_named_after_a_meeting_or_accord_is_its_venue_not_a_party() {
    let russian = |a: &Option<rasad_event::ActorRef>| country(a).as_deref() == Some("RUS");
    let ev = code("وشدد نص اتفاق موسكو على وجوب انسحاب المقاتلين الأجانب.");
    assert!(
        ev.iter()
            .all(|e| !russian(&e.source) && !russian(&e.target)),
        "{ev:#?}"
    );
    let ev = code("وانتهت محادثات موسكو بين أرمينيا وأذربيجان دون نتيجة.");
    assert!(
        ev.iter()
            .all(|e| !russian(&e.source) && !russian(&e.target)),
        "{ev:#?}"
    );
    assert_eq!(
        pairs(&ev, PloverType::Consult),
        vec![("ARM".into(), "AZE".into()), ("AZE".into(), "ARM".into())],
        "{ev:#?}"
    );
    // in actor position a capital still stands for its government
    let ev = code("واتهمت باريس الحكومة الإيطالية بالتقصير.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("FRA".into(), "ITA".into())],
        "{ev:#?}"
    );
}

#[test]
fn the_genitive_of_an_accusation_followed_by_the_charge_is_the_accused() {
    let ev = code("وتواصل الصحف الإسرائيلية اتهام إيران بتهريب الأسلحة إلى لبنان.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("ISR".into(), "IRN".into())],
        "{ev:#?}"
    );
    let ev = code("وكانت الصحيفة قد ذهبت إلى حد اتهام تركيا بدعم المسلحين.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("".into(), "TUR".into())],
        "{ev:#?}"
    );
}

#[test]
fn who_enjoys_backing_is_the_target_of_the_backers_support() {
    let ev = code("وتحظى فنزويلا بدعم كل من روسيا والصين.");
    assert_eq!(
        pairs(&ev, PloverType::Support),
        vec![("CHN".into(), "VEN".into()), ("RUS".into(), "VEN".into())],
        "{ev:#?}"
    );
}

#[test]
fn an_unknown_name_between_a_verb_and_its_object_is_its_subject_not_a_dropped_one() {
    // `ماندلكر` is known to no dictionary: it is the subject, not the previous sentence's
    let ev = code("وانتقدت فرنسا العقوبات الجديدة.\nوتزور ماندلكر برلين في إطار جولة أوروبية.");
    let consult = of_type(&ev, PloverType::Consult);
    assert_eq!(consult.len(), 1, "{ev:#?}");
    assert_ne!(
        country(&consult[0].source).as_deref(),
        Some("FRA"),
        "{ev:#?}"
    );
    assert_eq!(
        country(&consult[0].target).as_deref(),
        Some("DEU"),
        "{ev:#?}"
    );
    // a name given in apposition earlier is that actor's (`رئيسة الوزراء …، تيريزا ماي`)
    let ev = code(
        "وقالت وزيرة الخارجية الكندية، كريستيا فريلاند، إن بلادها ستدافع عن حقوق الإنسان.\n\
         وانتقدت فريلاند السعودية بسبب اعتقال ناشطات.",
    );
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("CAN".into(), "SAU".into())],
        "{ev:#?}"
    );
    // after an adverb the actor is the subject itself (`وطالبت كذلك روسيا`: Russia demanded)
    let ev = code("وانتقدت فرنسا العقوبات الجديدة.\nوطالبت كذلك روسيا بالتهدئة.");
    assert_eq!(
        pairs(&ev, PloverType::Request),
        vec![("RUS".into(), "".into())],
        "{ev:#?}"
    );
}

#[test]
fn a_support_verb_after_a_relative_pronoun_takes_the_antecedent_as_agent() {
    let ev = code("وألقى شبان الحجارة على الجنود الإسرائيليين الذين ردوا بإطلاق النار.");
    let shooting = of_cameo(&ev, "193");
    assert_eq!(shooting.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&shooting[0].source).as_deref(),
        Some("ISR"),
        "{ev:#?}"
    );
    assert_eq!(
        sector(&shooting[0].source).as_deref(),
        Some("MIL"),
        "{ev:#?}"
    );
}

#[test]
fn a_verbal_noun_behind_a_preposition_takes_no_subject_of_an_earlier_sentence() {
    let ev = code(
        "وقالت إيران إن المناورات لا تعنيها.\n\
         ويعتبر الشمال هذه التدريبات استعدادات لغزوه.",
    );
    assert!(
        ev.iter()
            .filter(|e| e.trigger.text.contains("غزو"))
            .all(|e| country(&e.source).as_deref() != Some("IRN")),
        "{ev:#?}"
    );
}

#[test]
fn a_support_verb_takes_no_dropped_subject_from_an_earlier_sentence() {
    let ev = code(
        "وانتقد وزير الخارجية الفرنسي العقوبات الأمريكية الجديدة.\n\
         وأجرى فولكان مشاورات مع أعضاء البرلمان.",
    );
    let consult = of_type(&ev, PloverType::Consult);
    assert!(!consult.is_empty(), "{ev:#?}");
    assert!(
        consult
            .iter()
            .all(|e| country(&e.source).as_deref() != Some("FRA")),
        "{ev:#?}"
    );
    // within its sentence the support verb's dropped subject is the speaker's
    let ev = code("وقال وزير الخارجية الفرنسي إنه سيجري محادثات مع الحكومة اللبنانية.");
    assert!(
        of_type(&ev, PloverType::Consult)
            .iter()
            .any(|e| country(&e.source).as_deref() == Some("FRA")),
        "{ev:#?}"
    );
}

#[test]
fn an_actor_after_min_right_after_a_noun_of_stance_is_its_agent() {
    let ev = code("وواجه القرار انتقادات واسعة من المعارضة السورية.");
    let accuse = of_type(&ev, PloverType::Accuse);
    assert_eq!(accuse.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&accuse[0].source).as_deref(),
        Some("SYR"),
        "{ev:#?}"
    );
    assert_eq!(sector(&accuse[0].source).as_deref(), Some("OPP"), "{ev:#?}");
    // a withdrawal "from" is no agent
    let ev = code("وأعلنت إيران انسحاب قواتها من سوريا.");
    assert!(
        ev.iter()
            .all(|e| e.event_type != PloverType::Retreat
                || country(&e.source).as_deref() != Some("SYR")),
        "{ev:#?}"
    );
}

#[test]
fn a_verb_read_as_passive_has_no_dropped_agent_and_an_unknown_object_makes_it_active() {
    // `واعتقل صحفي`: "a journalist was arrested" — not by the previous sentence's subject
    let ev = code("وانتقدت فرنسا الحكومة المصرية.\nواعتقل صحفي الليلة الماضية في القاهرة.");
    let arrest: Vec<_> = of_type(&ev, PloverType::Coerce);
    assert_eq!(arrest.len(), 1, "{ev:#?}");
    assert_eq!(arrest[0].source, None, "{ev:#?}");
    assert_eq!(sector(&arrest[0].target).as_deref(), Some("MED"), "{ev:#?}");
    // `اقتحم متظاهرون السياج`: the fence is an object the lexicon does not know; the
    // protesters stormed it (a riot), they were not stormed
    let ev = code("واقتحم متظاهرون فلسطينيون السياج الحدودي.");
    let storm = of_type(&ev, PloverType::Protest);
    assert_eq!(storm.len(), 1, "{ev:#?}");
    assert_eq!(country(&storm[0].source).as_deref(), Some("PSE"), "{ev:#?}");
    assert_eq!(storm[0].target, None, "{ev:#?}");
}

#[test]
fn shooting_with_its_agent_between_gives_the_casualties_their_cause() {
    let ev = code("قتل ثلاثة فلسطينيين جراء إطلاق الجيش الإسرائيلي الرصاص الحي على المتظاهرين.");
    let assault = of_type(&ev, PloverType::Assault);
    assert_eq!(assault.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&assault[0].source).as_deref(),
        Some("ISR"),
        "{ev:#?}"
    );
    assert_eq!(
        assault[0].dead.as_ref().map(|d| d.value),
        Some(3),
        "{ev:#?}"
    );
}

#[test]
fn a_verb_right_after_the_noun_of_a_text_has_the_text_as_subject() {
    let ev = code("وسيجري التصويت على مشروع قرار يدين إسرائيل.");
    let accuse = of_type(&ev, PloverType::Accuse);
    assert_eq!(accuse.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&accuse[0].target).as_deref(),
        Some("ISR"),
        "{ev:#?}"
    );
    assert_eq!(accuse[0].source, None, "{ev:#?}");
}

#[test]
fn the_dead_and_injured_of_an_explosion_are_its_victims_never_its_agent() {
    let ev = code("وأعلنت الشرطة مقتل ستة أشخاص وإصابة 11 آخرين في انفجار سيارة مفخخة.");
    let assault = of_type(&ev, PloverType::Assault);
    assert_eq!(assault.len(), 1, "{ev:#?}");
    assert_eq!(
        sector(&assault[0].target).as_deref(),
        Some("CVL"),
        "{ev:#?}"
    );
    assert_eq!(sector(&assault[0].source), None, "{ev:#?}");
    assert_eq!(
        assault[0].injured.as_ref().map(|c| c.value),
        Some(11),
        "{ev:#?}"
    );
}

#[test]
fn a_group_of_actors_is_those_actors() {
    let ev = code("وأطلقت طائرة إسرائيلية صاروخا على مجموعة من المسلحين شرق رفح.");
    let assault = of_type(&ev, PloverType::Assault);
    assert_eq!(assault.len(), 1, "{ev:#?}");
    assert_eq!(
        sector(&assault[0].target).as_deref(),
        Some("UAF"),
        "{ev:#?}"
    );
}

#[test]
fn who_suffers_an_attack_is_its_target_past_a_long_subject_and_its_explicit_agent_the_source() {
    // an apposition closed by a comma between the survivor and the `من` phrase
    let ev = code("نجا وزير الداخلية العراقي جواد البولاني، من انفجار سيارة مفخخة وسط بغداد.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .any(|e| sector(&e.target).as_deref() == Some("GOV")
                && country(&e.target).as_deref() == Some("IRQ")),
        "{ev:#?}"
    );
    // `تعرض … للخطف على أيدي مسلحين`: the gunmen are the agent, and the kidnapping no aim
    let ev = code("وتعرض صحفي بريطاني للخطف على أيدي مسلحين في الصومال.");
    let kidnap = of_type(&ev, PloverType::Assault);
    assert_eq!(kidnap.len(), 1, "{ev:#?}");
    assert_eq!(sector(&kidnap[0].source).as_deref(), Some("UAF"), "{ev:#?}");
    assert_eq!(
        country(&kidnap[0].target).as_deref(),
        Some("GBR"),
        "{ev:#?}"
    );
    assert!(!kidnap[0].hypothetical, "{ev:#?}");
}

#[test]
fn a_verb_whose_own_first_letters_look_like_the_future_prefix_is_no_future() {
    // `سيطرت` is the perfect of `سيطر`, not `س` + `يطرت`; `سيسيطر` is its future
    let past = code("وسيطرت القوات السورية على المدينة أمس.");
    let seize = of_type(&past, PloverType::Coerce);
    assert_eq!(seize.len(), 1, "{past:#?}");
    assert!(!seize[0].hypothetical, "{past:#?}");
    let future = code("وسيسيطر الجيش على المدينة.");
    let seize = of_type(&future, PloverType::Coerce);
    assert_eq!(seize.len(), 1, "{future:#?}");
    assert!(seize[0].hypothetical, "{future:#?}");
}

#[test]
fn the_passive_of_a_hollow_verb_has_its_subject_as_patient() {
    // `أدينوا` is `أُدينوا` (were convicted): no dropped agent from an earlier country, and the
    // convicted are the accused
    let ev = code("وقال القانون المصري كلمته. وأعدم 20 شخصا أدينوا بتنفيذ هجمات ضد الجيش.");
    let acc = of_type(&ev, PloverType::Accuse);
    assert_eq!(acc.len(), 1, "{ev:#?}");
    assert!(acc[0].source.is_none(), "{ev:#?}");
    assert_eq!(sector(&acc[0].target).as_deref(), Some("CVL"), "{ev:#?}");
    // the active condemns: its subject is the source
    let ev = code("وأدان الرئيس المصري الهجمات على الجيش.");
    let acc = of_type(&ev, PloverType::Accuse);
    assert_eq!(country(&acc[0].source).as_deref(), Some("EGY"), "{ev:#?}");
}

#[test]
fn the_matter_agreed_on_is_no_party_to_a_reciprocal_act() {
    let ev = code("اتفق الرئيس الروسي ونظيره الفرنسي على الإبقاء على الاتفاق النووي الإيراني.");
    let agree: Vec<_> = pairs(&ev, PloverType::Agree)
        .into_iter()
        .filter(|p| !p.0.is_empty())
        .collect();
    assert_eq!(
        agree,
        vec![("FRA".into(), "RUS".into()), ("RUS".into(), "FRA".into())],
        "{ev:#?}"
    );
    // `مع` adds a party
    let ev = code("واتفقت روسيا وتركيا مع إيران على وقف إطلاق النار.");
    assert!(
        pairs(&ev, PloverType::Agree).contains(&("RUS".into(), "IRN".into())),
        "{ev:#?}"
    );
}

#[test]
fn the_genitive_of_support_after_a_preposition_is_the_supported() {
    let ev = code("ودعت فرنسا إلى دعم الحكومة العراقية.");
    let req = of_type(&ev, PloverType::Request);
    assert!(req[0].target.is_none(), "{ev:#?}");
    let sup = of_type(&ev, PloverType::Support);
    assert!(!sup.is_empty(), "{ev:#?}");
    assert!(
        sup.iter()
            .all(|e| country(&e.target).as_deref() == Some("IRQ")),
        "{ev:#?}"
    );
    // with `لـ` after it, the genitive is the supporter
    let ev = code("وأشار إلى دعم روسيا لسوريا.");
    let sup = of_type(&ev, PloverType::Support);
    assert_eq!(country(&sup[0].source).as_deref(), Some("RUS"), "{ev:#?}");
    assert_eq!(country(&sup[0].target).as_deref(), Some("SYR"), "{ev:#?}");
}

#[test]
fn the_patient_of_a_demanded_act_is_not_the_one_asked() {
    let ev = code("وطالبت تركيا بوقف الهجمات على المدنيين في إدلب.");
    let req = of_type(&ev, PloverType::Request);
    assert_eq!(req.len(), 1, "{ev:#?}");
    assert!(req[0].target.is_none(), "{ev:#?}");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(sector(&att[0].target).as_deref(), Some("CVL"), "{ev:#?}");
    assert!(att[0].source.is_none(), "{ev:#?}");
}

#[test]
fn who_condemns_an_attack_did_not_make_it() {
    let ev = code("وأدان الرئيس الفرنسي الهجوم على السفارة في كابول.");
    for e in of_type(&ev, PloverType::Assault) {
        assert_ne!(country(&e.source).as_deref(), Some("FRA"), "{ev:#?}");
    }
    assert_eq!(of_type(&ev, PloverType::Accuse).len(), 1, "{ev:#?}");
}

#[test]
fn a_definite_head_takes_only_an_agreeing_definite_adjective() {
    // `الحكومة المسلحين`: the government accuses the gunmen
    let ev = code("واتهمت الحكومة المسلحين بشن هجمات.");
    let acc = of_type(&ev, PloverType::Accuse);
    assert_eq!(sector(&acc[0].source).as_deref(), Some("GOV"), "{ev:#?}");
    assert_eq!(sector(&acc[0].target).as_deref(), Some("UAF"), "{ev:#?}");
    // `الشرطة مسلحين`: an indefinite after a definite head is the object
    let ev = code("واعتقلت الشرطة مسلحين في المدينة.");
    let arrest = of_type(&ev, PloverType::Coerce);
    assert_eq!(sector(&arrest[0].source).as_deref(), Some("COP"), "{ev:#?}");
    assert_eq!(sector(&arrest[0].target).as_deref(), Some("UAF"), "{ev:#?}");
    // a plural of things takes a feminine singular adjective
    let ev = code("وقصفت القوات المعارضة مواقع الجيش.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(sector(&att[0].source).as_deref(), Some("OPP"), "{ev:#?}");
    // an agreeing adjective still specifies its head
    let ev = code("واعتقلت الشرطة المتظاهرين المعارضين.");
    let arrest = of_type(&ev, PloverType::Coerce);
    assert_eq!(sector(&arrest[0].target).as_deref(), Some("OPP"), "{ev:#?}");
}

#[test]
fn a_pronoun_behind_a_preposition_stands_between_a_verb_and_its_subject() {
    let ev = code("وهي مناطق تسيطر عليها بكين في بحر الصين.");
    let seize = of_type(&ev, PloverType::Coerce);
    assert_eq!(seize.len(), 1, "{ev:#?}");
    assert_eq!(country(&seize[0].source).as_deref(), Some("CHN"), "{ev:#?}");
    assert!(seize[0].target.is_none(), "{ev:#?}");
}

#[test]
fn a_country_after_the_event_is_its_place_before_one_before_it() {
    let ev = code("وتحدث عن الوضع في سوريا والحرب في اليمن.");
    let war = of_type(&ev, PloverType::Assault);
    assert_eq!(war.len(), 1, "{ev:#?}");
    let loc = war[0].location.as_ref().expect("a location");
    assert_eq!(
        loc.country.map(|c| c.as_str().to_string()).as_deref(),
        Some("YEM")
    );
}

#[test]
fn the_subject_of_a_relative_clause_is_no_antecedent_of_a_dropped_subject() {
    let ev = code(
        "وحاصرت القوات العراقية مدينة الموصل التي كان يسيطر عليها المتمردون. واعتقلت لاحقا عشرة مسلحين.",
    );
    let arrest = of_type(&ev, PloverType::Coerce)
        .into_iter()
        .filter(|e| e.sentence == 1)
        .collect::<Vec<_>>();
    assert_eq!(arrest.len(), 1, "{ev:#?}");
    assert_eq!(sector(&arrest[0].source).as_deref(), Some("MIL"), "{ev:#?}");
}

#[test]
fn solidarity_with_someone_has_its_genitive_as_agent() {
    let ev = code("وأكد على تضامن الكويت مع السعودية في مواجهة الحملة.");
    let sup = of_type(&ev, PloverType::Support);
    assert!(!sup.is_empty(), "{ev:#?}");
    assert_eq!(country(&sup[0].source).as_deref(), Some("KWT"), "{ev:#?}");
    assert_eq!(country(&sup[0].target).as_deref(), Some("SAU"), "{ev:#?}");
}

#[test]
fn a_renewed_demand_is_made_of_its_genitive_and_the_demanded_withdrawal_is_theirs() {
    let ev = code("وجددت الحكومة التركية مطالبة إيران بالانسحاب من سوريا.");
    let req = of_type(&ev, PloverType::Request);
    assert_eq!(req.len(), 1, "{ev:#?}");
    assert_eq!(country(&req[0].source).as_deref(), Some("TUR"), "{ev:#?}");
    assert_eq!(country(&req[0].target).as_deref(), Some("IRN"), "{ev:#?}");
    let ret = of_type(&ev, PloverType::Retreat);
    assert_eq!(ret.len(), 1, "{ev:#?}");
    assert_eq!(country(&ret[0].source).as_deref(), Some("IRN"), "{ev:#?}");
    // without a support verb the genitive demands
    let ev = code("وأكد رفضه مطالبة الولايات المتحدة بتسليم المتهمين.");
    let req = of_type(&ev, PloverType::Request);
    assert_eq!(country(&req[0].source).as_deref(), Some("USA"), "{ev:#?}");
}

#[test]
fn what_one_withdraws_from_is_not_who_withdraws() {
    let ev = code("بدأ الانسحاب من سوريا أمس.");
    let ret = of_type(&ev, PloverType::Retreat);
    assert_eq!(ret.len(), 1, "{ev:#?}");
    assert!(ret[0].source.is_none(), "{ev:#?}");
}

#[test]
fn the_world_wars_and_what_happened_in_them_are_history() {
    let ev = code("وسقطت ملايين القذائف على بلجيكا خلال الحرب العالمية الأولى.");
    let att = of_type(&ev, PloverType::Assault);
    assert!(!att.is_empty(), "{ev:#?}");
    assert!(att.iter().all(|e| e.historical), "{ev:#?}");
    // a war of today is not
    let ev = code("وقتل جنديان في الحرب الدائرة في اليمن.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .all(|e| !e.historical),
        "{ev:#?}"
    );
}

#[test]
fn what_was_passing_when_a_bomb_went_off_is_its_target() {
    let ev = code("وانفجرت سيارة مفخخة لدى مرور حافلة تقل عناصر من الحرس الثوري.");
    let att = of_type(&ev, PloverType::Assault);
    assert!(!att.is_empty(), "{ev:#?}");
    for e in &att {
        assert_eq!(country(&e.target).as_deref(), Some("IRN"), "{ev:#?}");
        assert_eq!(sector(&e.target).as_deref(), Some("MIL"), "{ev:#?}");
    }
    // past a parenthesised note, and before the victims of the blast; the victims are never
    // the agent of the car bomb
    let ev = code(
        "وأعلن مصدر في الشرطة مقتل شخص وإصابة تسعة آخرين في انفجار سيارة مفخخة في حي المصطفى (وسط) لدى مرور دورية للجيش الأميركي.",
    );
    let att = of_type(&ev, PloverType::Assault);
    assert!(!att.is_empty(), "{ev:#?}");
    for e in &att {
        assert_eq!(country(&e.target).as_deref(), Some("USA"), "{ev:#?}");
        assert!(e.source.is_none(), "{ev:#?}");
    }
}

#[test]
fn protesters_demanding_of_someone_in_a_later_clause_address_them() {
    let ev = code(
        "وتجمع المتظاهرون الذين حملوا لافتات أمام مبنى المجلس المحلي في وسط البلدة، مطالبين رئيس الوزراء العراقي بفتح تحقيق.",
    );
    let prot = of_type(&ev, PloverType::Protest);
    assert!(!prot.is_empty(), "{ev:#?}");
    assert!(
        prot.iter()
            .all(|e| country(&e.target).as_deref() == Some("IRQ")),
        "{ev:#?}"
    );
    let req = of_type(&ev, PloverType::Request);
    assert_eq!(req.len(), 1, "{ev:#?}");
    assert_eq!(sector(&req[0].source).as_deref(), Some("CVL"), "{ev:#?}");
    assert_eq!(sector(&req[0].target).as_deref(), Some("GOV"), "{ev:#?}");
}

#[test]
fn taking_to_the_streets_with_the_subject_between_is_a_protest() {
    let ev = code("وخرج آلاف الطلاب إلى الشوارع احتجاجا على القرار.");
    let prot = of_type(&ev, PloverType::Protest);
    assert!(!prot.is_empty(), "{ev:#?}");
    assert!(
        prot.iter()
            .any(|e| sector(&e.source).as_deref() == Some("EDU")),
        "{ev:#?}"
    );
    let ev = code("وخرج الرئيس من المستشفى أمس.");
    assert!(of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
}

#[test]
fn who_survives_an_attempt_past_commas_is_its_target() {
    let ev = code("نجا قائد شرطة النجدة في بغداد، أمس، من محاولة اغتيال.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(sector(&att[0].target).as_deref(), Some("COP"), "{ev:#?}");
}

#[test]
fn what_strikes_are_said_to_target_is_their_target() {
    let ev = code("ووجهت القوات الأمريكية ضربات جوية داخل الصومال، مستهدفة مقاتلي حركة الشباب.");
    let att = of_type(&ev, PloverType::Assault);
    assert!(!att.is_empty(), "{ev:#?}");
    assert!(
        att.iter()
            .all(|e| country(&e.source).as_deref() == Some("USA")
                && sector(&e.target).as_deref() == Some("REB")),
        "{ev:#?}"
    );
}

#[test]
fn quotation_marks_do_not_separate_an_agent_from_its_organisation() {
    let ev = code("وقام عدد من جنود «المارينز» بقتل المدنيين.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(country(&att[0].source).as_deref(), Some("USA"), "{ev:#?}");
    assert_eq!(sector(&att[0].source).as_deref(), Some("MIL"), "{ev:#?}");
}

#[test]
fn qama_reaches_its_verbal_noun_past_a_long_subject() {
    let ev = code(
        "ووصفت طفلة كيف قام عشرة جنود باكستانيين، من قوة حفظ سلام تابعة للأمم المتحدة، باغتصابها في حقل.",
    );
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(country(&att[0].source).as_deref(), Some("PAK"), "{ev:#?}");
    // dispersing protesters is repression
    let ev = code("وقامت الشرطة، بحسب الشهود، بتفريق المتظاهرين.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(sector(&att[0].source).as_deref(), Some("COP"), "{ev:#?}");
    assert_eq!(sector(&att[0].target).as_deref(), Some("CVL"), "{ev:#?}");
}

#[test]
fn a_suicide_attack_without_a_named_attacker_was_made_by_a_suicide_bomber() {
    let ev = code("وقتل سبعة أشخاص بتفجير انتحاري بواسطة شاحنة مفخخة في سامراء.");
    let att = of_type(&ev, PloverType::Assault);
    assert!(!att.is_empty(), "{ev:#?}");
    for e in &att {
        assert_eq!(sector(&e.source).as_deref(), Some("UAF"), "{ev:#?}");
        assert!(e.source.as_ref().unwrap().inferred.is_some(), "{ev:#?}");
    }
    // a named attacker stays
    let ev = code("وتبنت حركة طالبان الهجوم الانتحاري على القاعدة.");
    for e in of_type(&ev, PloverType::Assault) {
        assert_ne!(sector(&e.source).as_deref(), Some("UAF"), "{ev:#?}");
    }
}

#[test]
fn a_crowd_is_no_military_build_up_and_its_members_are_who_protest() {
    let ev = code("فجر انتحاري نفسه وسط حشد للشرطة.");
    assert!(of_type(&ev, PloverType::Mobilize).is_empty(), "{ev:#?}");
    let ev = code("وصلت حشود من المعلمين الى باحة البرلمان للاحتجاج على الأجور.");
    assert!(of_type(&ev, PloverType::Mobilize).is_empty(), "{ev:#?}");
    let prot = of_type(&ev, PloverType::Protest);
    assert!(!prot.is_empty(), "{ev:#?}");
    assert!(
        prot.iter()
            .all(|e| sector(&e.source).as_deref() == Some("EDU")),
        "{ev:#?}"
    );
    // troops are
    let ev = code("وتحدث عن حشود عسكرية تركية قرب الحدود.");
    assert_eq!(of_type(&ev, PloverType::Mobilize).len(), 1, "{ev:#?}");
}

#[test]
fn verbs_that_need_a_word_reach_it_past_their_subject_and_own_it() {
    // raising slogans and chanting, the subject between
    let ev = code("وردد المتظاهرون الغاضبون شعارات ضد الحكومة.");
    assert!(!of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
    // throwing a bomb
    let ev = code("وألقى مجهولون قنبلة على مركز الشرطة.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(sector(&att[0].source).as_deref(), Some("UAF"), "{ev:#?}");
    // lifting sanctions is easing them, and the sanctions are no event of their own
    let ev = code("ورفعت الولايات المتحدة العقوبات عن الشركة.");
    assert!(of_type(&ev, PloverType::Sanction).is_empty(), "{ev:#?}");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].cameo.as_str(), "085", "{ev:#?}");
    // a speech stays a speech
    let ev = code("وألقى الرئيس كلمة أمام البرلمان.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
}

#[test]
fn not_stopping_an_act_is_no_negation_of_it() {
    let ev = code("وقالت إن القوات لم تتوقف عن قصف المدنيين.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert!(!att[0].negated, "{ev:#?}");
    let ev = code("ولم تقصف القوات المدنيين.");
    let att = of_type(&ev, PloverType::Assault);
    assert!(att[0].negated, "{ev:#?}");
}

#[test]
fn a_stopped_act_is_negated_and_the_stop_verbs_subject_is_its_agent() {
    // stopping: the act no longer takes place; the army is who stopped
    let ev = code("وتوقف الجيش السوري عن قصف المدينة.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert!(att[0].negated, "{ev:#?}");
    assert_eq!(country(&att[0].source).as_deref(), Some("SYR"), "{ev:#?}");
    assert!(att[0].rule.contains("+stopped"), "{ev:#?}");
    // not stopping, with the subject between the verb and `عن`: it goes on
    let ev = code("ولم تتوقف القوات الإسرائيلية عن قصف المدينة منذ أسبوع.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert!(!att[0].negated, "{ev:#?}");
    assert_eq!(country(&att[0].source).as_deref(), Some("ISR"), "{ev:#?}");
    // refraining
    let ev = code("وامتنعت الشرطة المصرية عن اعتقال المتظاهرين.");
    let arrest = of_type(&ev, PloverType::Coerce);
    assert_eq!(arrest.len(), 1, "{ev:#?}");
    assert!(arrest[0].negated, "{ev:#?}");
}

#[test]
fn taking_hostages_is_an_abduction_not_a_detention() {
    let ev = code("واحتجز مسلحون 20 رهينة في فندق بالعاصمة.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(att[0].cameo.as_str(), "181", "{ev:#?}");
    assert!(of_type(&ev, PloverType::Coerce).is_empty(), "{ev:#?}");
    // the subject and the count between the verb and `رهائن`
    let ev = code("وقال إن المسلحين احتجزوا أربعة من رجال الشرطة رهائن.");
    assert_eq!(of_type(&ev, PloverType::Assault).len(), 1, "{ev:#?}");
    // the hostages are the object, so the verb is active and takes the dropped subject
    let ev = code("ورفضت الجبهة الشعبية لتحرير فلسطين الاتفاق واحتجزت 68 رهينة من الأجانب.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(country(&att[0].source).as_deref(), Some("PSE"), "{ev:#?}");
    assert_eq!(sector(&att[0].target).as_deref(), Some("CVL"), "{ev:#?}");
    // (and it is coordinated with the rejection, not its complement)
    assert!(!att[0].hypothetical, "{ev:#?}");
    let ev = code("وانتهت عملية احتجاز الرهائن بمقتل المهاجم.");
    assert!(ev.iter().any(|e| e.cameo.as_str() == "181"), "{ev:#?}");
    // a detention stays a detention
    let ev = code("واحتجزت الشرطة عشرة أشخاص.");
    assert_eq!(of_type(&ev, PloverType::Coerce).len(), 1, "{ev:#?}");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
}

#[test]
fn violence_by_protesters_is_a_riot() {
    let ev = code("واشتبك متظاهرون فلسطينيون مع الجيش الإسرائيلي قرب رام الله.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    let riot = of_type(&ev, PloverType::Protest);
    assert_eq!(riot.len(), 1, "{ev:#?}");
    assert_eq!(riot[0].cameo.as_str(), "145", "{ev:#?}");
    assert_eq!(sector(&riot[0].source).as_deref(), Some("CVL"), "{ev:#?}");
    assert_eq!(country(&riot[0].target).as_deref(), Some("ISR"), "{ev:#?}");
    // a clash between police and protesters: one riot, by the protesters
    let ev = code("ووقعت مواجهات بين الشرطة والمتظاهرين في وسط المدينة.");
    let riot = of_type(&ev, PloverType::Protest);
    assert_eq!(riot.len(), 1, "{ev:#?}");
    assert_eq!(sector(&riot[0].source).as_deref(), Some("CVL"), "{ev:#?}");
    assert_eq!(sector(&riot[0].target).as_deref(), Some("COP"), "{ev:#?}");
    // killing is no riot
    let ev = code("وقتل المتظاهرون شرطيا.");
    assert!(!of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    // protesters killed in clashes are their victims, not rioters
    let ev = code("وقتل ثلاثة متظاهرين في الاشتباكات أمس.");
    assert!(ev.iter().all(|e| e.cameo.as_str() != "145"), "{ev:#?}");
    assert_eq!(of_type(&ev, PloverType::Assault).len(), 1, "{ev:#?}");
    // a bombing the protesters mourn is not theirs
    let ev = code("وردد المتظاهرون شعارات مناهضة للحكومة بعد حضور جنازة أربعة من ضحايا التفجير.");
    assert!(ev.iter().all(|e| e.cameo.as_str() != "145"), "{ev:#?}");
}

#[test]
fn a_verb_that_brings_together_is_no_gathering() {
    let ev = code("وقال إن رابطة فيدرالية تجمع بينهما على أساس المصالح المشتركة.");
    assert!(of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
    let ev = code("وتجمع مئات المتظاهرين أمام البرلمان.");
    assert_eq!(of_type(&ev, PloverType::Protest).len(), 1, "{ev:#?}");
}

#[test]
fn forces_of_a_state_body_are_one_armed_actor_of_its_country() {
    let ev = code("سيطرت قوات النظام السوري، السبت، على بلدتين جديدتين.");
    let seize = of_type(&ev, PloverType::Coerce);
    assert_eq!(seize.len(), 1, "{ev:#?}");
    assert_eq!(country(&seize[0].source).as_deref(), Some("SYR"), "{ev:#?}");
    assert_eq!(sector(&seize[0].source).as_deref(), Some("MIL"), "{ev:#?}");
    assert!(seize[0].target.is_none(), "{ev:#?}");
    // the whole phrase is the actor's evidence
    assert_eq!(
        seize[0].source.as_ref().map(|a| a.text.as_str()),
        Some("قوات النظام السوري"),
        "{ev:#?}"
    );
}

#[test]
fn here_is_no_congratulation() {
    let ev = code("ومن هنا بدأت الأزمة بين البلدين.");
    assert!(of_type(&ev, PloverType::Support).is_empty(), "{ev:#?}");
    let ev = code("وهنأت روسيا الرئيس الجديد بفوزه.");
    assert_eq!(of_type(&ev, PloverType::Support).len(), 1, "{ev:#?}");
}

#[test]
fn both_and_opens_a_subject_after_the_verb() {
    let ev = code("واتهم كل من جيش الإسلام ومنظمة الخوذ البيضاء قوات النظام بشن الهجوم.");
    let acc = of_type(&ev, PloverType::Accuse);
    assert_eq!(acc.len(), 2, "{ev:#?}");
    assert!(
        acc.iter()
            .all(|e| country(&e.source).as_deref() == Some("SYR")),
        "{ev:#?}"
    );
}

#[test]
fn a_counted_unknown_subject_is_no_dropped_one() {
    let ev = code("وقال الكرملين إنه يرفض ذلك. ونددت عدة دول بالهجوم المفترض.");
    let acc = of_type(&ev, PloverType::Accuse);
    assert_eq!(acc.len(), 1, "{ev:#?}");
    assert!(acc[0].source.is_none(), "{ev:#?}");
}

#[test]
fn who_reports_about_an_attack_did_not_make_it() {
    let ev = code("تحقق منظمة حظر الأسلحة الكيميائية في تقارير حول شن هجوم كيميائي في مدينة دوما.");
    for e in of_type(&ev, PloverType::Assault) {
        assert_ne!(country(&e.source).as_deref(), Some("IGO"), "{ev:#?}");
    }
}

#[test]
fn a_protest_purpose_after_a_comma_is_the_clause_subjects_and_aims_at_the_killer() {
    let ev =
        code("خرج متظاهرون أفغان أمس، للاحتجاج على مقتل ثلاثة مدنيين على يد قوات التحالف الدولي.");
    let prot = of_type(&ev, PloverType::Protest);
    assert_eq!(prot.len(), 1, "{ev:#?}");
    assert_eq!(country(&prot[0].source).as_deref(), Some("AFG"), "{ev:#?}");
    assert_eq!(sector(&prot[0].target).as_deref(), Some("MIL"), "{ev:#?}");
    // the object of the clause before is not who protests
    let ev = code("واعتقلت الشرطة عشرة أشخاص، للاحتجاج على القرار.");
    for e in of_type(&ev, PloverType::Protest) {
        assert_ne!(
            e.source.as_ref().map(|a| a.text.as_str()),
            Some("أشخاص"),
            "{ev:#?}"
        );
    }
}

#[test]
fn protesters_at_a_state_building_protest_what_they_called_something() {
    let ev = code(
        "تجمع نحو 40 متظاهرا أمام مقر رئيس الوزراء البريطاني للاحتجاج على ما وصفوه بانتهاكات الرئيس الباكستاني.",
    );
    let prot = of_type(&ev, PloverType::Protest);
    assert_eq!(prot.len(), 1, "{ev:#?}");
    assert_eq!(sector(&prot[0].source).as_deref(), Some("CVL"), "{ev:#?}");
    assert!(
        prot[0].source.as_ref().unwrap().inferred.is_none(),
        "{ev:#?}"
    );
    assert_eq!(country(&prot[0].target).as_deref(), Some("PAK"), "{ev:#?}");
}

#[test]
fn a_prison_after_a_preposition_is_a_place_not_an_imprisonment() {
    let ev = code("وشارك قبل أيام في تمرد في سجن أجهزة الاستخبارات.");
    assert!(of_type(&ev, PloverType::Coerce).is_empty(), "{ev:#?}");
    let ev = code("وسجنت السلطات الصحفي.");
    assert_eq!(of_type(&ev, PloverType::Coerce).len(), 1, "{ev:#?}");
}

#[test]
fn a_person_in_apposition_to_the_subject_is_no_object() {
    let ev = code("استقبل العاهل السعودي الملك سلمان بن عبدالعزيز الرئيس المصري عبدالفتاح السيسي.");
    let meet = of_type(&ev, PloverType::Consult);
    assert_eq!(meet.len(), 1, "{ev:#?}");
    assert_eq!(country(&meet[0].source).as_deref(), Some("SAU"), "{ev:#?}");
    assert_eq!(country(&meet[0].target).as_deref(), Some("EGY"), "{ev:#?}");
}

#[test]
fn a_support_verb_reaches_its_accusative_object_past_a_time_between_commas() {
    let ev =
        code("شن الجيش الإسرائيلي، مساء الأربعاء، هجوما صاروخيا استهدف مواقع قوات النظام السوري.");
    let att = of_type(&ev, PloverType::Assault);
    assert!(!att.is_empty(), "{ev:#?}");
    assert!(
        att.iter()
            .all(|e| country(&e.source).as_deref() == Some("ISR")),
        "{ev:#?}"
    );
}

#[test]
fn members_of_a_party_are_the_party_and_supporters_of_the_state_civilians() {
    let ev = code("تظاهر أمس عشرات من أعضاء حزب الغد المصري أمام مقر البرلمان.");
    let prot = of_type(&ev, PloverType::Protest);
    assert_eq!(prot.len(), 1, "{ev:#?}");
    assert_eq!(sector(&prot[0].source).as_deref(), Some("PTY"), "{ev:#?}");
    assert_eq!(country(&prot[0].source).as_deref(), Some("EGY"), "{ev:#?}");
    let ev = code("وتظاهر مؤيدو الحكومة في الساحة.");
    let prot = of_type(&ev, PloverType::Protest);
    assert_eq!(prot.len(), 1, "{ev:#?}");
    assert_eq!(sector(&prot[0].source).as_deref(), Some("CVL"), "{ev:#?}");
    assert!(prot[0].target.is_none(), "{ev:#?}");
}

#[test]
fn a_short_definite_name_is_the_actor_its_longer_form_named_earlier() {
    // bare, `التحالف` is a coalition of no one country; after `التحالف العربي` it is that one
    let ev = code(
        "أعلن التحالف العربي لدعم الشرعية في اليمن تدمير مواقع للمتمردين.\n\
         وقصف التحالف مواقع للمتمردين في صعدة.",
    );
    let strikes = in_sentence(&ev, PloverType::Assault, 1);
    assert!(!strikes.is_empty(), "{ev:#?}");
    for e in strikes {
        assert_eq!(country(&e.source).as_deref(), Some("SAU"), "{e:#?}");
        assert!(e.source.as_ref().unwrap().antecedent.is_some(), "{e:#?}");
    }
}

#[test]
fn the_genitive_of_a_construct_noun_after_the_trigger_owns_the_patient() {
    // `بقصف مواقع المتمردين`: the rebels own the shelled positions; the army shells
    let ev = code("وقام الجيش العراقي بقصف مواقع المتمردين.");
    let a = of_type(&ev, PloverType::Assault);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert_eq!(country(&a[0].source).as_deref(), Some("IRQ"), "{ev:#?}");
    assert_eq!(sector(&a[0].target).as_deref(), Some("REB"), "{ev:#?}");
    // without a support verb too
    let ev = code("وأسفر قصف مواقع المتمردين عن مقتل عشرة.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty(), "{ev:#?}");
    assert!(
        a.iter()
            .all(|e| sector(&e.source).as_deref() != Some("REB")),
        "{ev:#?}"
    );
}

#[test]
fn a_verb_with_a_pronoun_after_an_attack_noun_introduces_its_agent() {
    // `هجوم شنه مسلحون`: a relative clause, not a construct
    let ev = code("وقتل أربعة جنود إثيوبيين في هجوم شنه مسلحون صوماليون على ثكنة.");
    let a: Vec<_> = of_type(&ev, PloverType::Assault)
        .into_iter()
        .filter(|e| e.trigger.text == "هجوم")
        .collect();
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert_eq!(country(&a[0].source).as_deref(), Some("SOM"), "{ev:#?}");
}

#[test]
fn a_particle_after_an_attack_noun_ends_its_phrase() {
    // `تعرضوا لهجوم وأن المهاجمين …`: the attackers start a new clause, they are no genitive
    let ev = code("وأكدت السلطات أن السياح تعرضوا لهجوم وأن المهاجمين كانوا يحملون سكاكين.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty(), "{ev:#?}");
    for e in a {
        assert_eq!(sector(&e.target).as_deref(), Some("CVL"), "{e:#?}");
        assert_ne!(sector(&e.source).as_deref(), Some("CVL"), "{e:#?}");
    }
}

#[test]
fn a_word_written_with_ta_marbuta_carries_no_pronoun() {
    // `حوارة` (a place) is not `حواره` "his dialogue"; `قاضي المحكمة` is a judge, not "sued"
    let ev = code("وأغلق الجيش حاجزي حوارة وزعترة، وقال قاضي المحكمة إن الجلسة تأجلت.");
    assert!(
        ev.iter()
            .all(|e| !matches!(e.event_type, PloverType::Consult | PloverType::Accuse)),
        "{ev:#?}"
    );
}

#[test]
fn settlers_attacking_are_the_source() {
    let ev = code("وقام المستوطنون بمهاجمة مركبات المواطنين جنوبي نابلس.");
    let a = of_type(&ev, PloverType::Assault);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert_eq!(
        a[0].source.as_ref().map(|s| s.text.as_str()),
        Some("المستوطنون"),
        "{ev:#?}"
    );
}

#[test]
fn an_attack_followed_by_what_its_subject_said_is_criticism() {
    // the subject is a person the lexicon does not know; what he said shows the attack is verbal
    let ev = code(
        "وهاجم كمال قليجدار أوغلو زعيم أكبر أحزاب المعارضة أردوغان مشيرا إلى أن القرار لا يرجع للرئيس.",
    );
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    assert_eq!(of_type(&ev, PloverType::Accuse).len(), 1, "{ev:#?}");
    // gunmen who attack say nothing
    let ev = code("وهاجم مسلحون مركزا للشرطة في المدينة.");
    assert_eq!(of_type(&ev, PloverType::Assault).len(), 1, "{ev:#?}");
}

#[test]
fn a_career_or_a_process_is_no_march() {
    let ev = code("ليبدأ مرحلة جديدة من مسيرة كروية أمضى خلالها 22 عاما. وتتعثر مسيرة السلام.");
    assert!(of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
    let ev = code("وانطلقت مسيرة حاشدة في غزة.");
    assert_eq!(of_type(&ev, PloverType::Protest).len(), 1, "{ev:#?}");
}

#[test]
fn a_plural_verb_has_no_singular_antecedent() {
    let ev = code("واعتقلت الحكومة الصحفي أمس. وعذبوا زوجته في السجن.");
    let torture = in_sentence(&ev, PloverType::Assault, 1);
    assert_eq!(torture.len(), 1, "{ev:#?}");
    assert!(torture[0].source.is_none(), "{ev:#?}");
    // the singular verb does take it
    let ev = code("واعتقلت الحكومة الصحفي أمس. وعذبت زوجته في السجن.");
    let torture = in_sentence(&ev, PloverType::Assault, 1);
    assert_eq!(
        sector(&torture[0].source).as_deref(),
        Some("GOV"),
        "{ev:#?}"
    );
}

#[test]
fn the_patient_of_an_act_asked_for_is_not_the_one_asked() {
    // the students are whom the detention is of, not whom the court ordered
    let ev = code("أمرت محكمة تركية باحتجاز تسعة طلاب.");
    let order = of_type(&ev, PloverType::Request);
    assert_eq!(order.len(), 1, "{ev:#?}");
    assert!(order[0].target.is_none(), "{ev:#?}");
    let detain = of_type(&ev, PloverType::Coerce);
    assert_eq!(sector(&detain[0].target).as_deref(), Some("EDU"), "{ev:#?}");
    // the agent of the act asked for is the one asked (`بتخلي كوريا الشمالية`); an adverb
    // with بـ does not hide the object
    let ev = code("وتطالب واشنطن بتخلي كوريا الشمالية عن الأسلحة النووية.");
    assert_eq!(
        pairs(&ev, PloverType::Request),
        vec![("USA".into(), "PRK".into())],
        "{ev:#?}"
    );
    let ev = code("اتهمت باكستان بشدة الهند بقصف القرى.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("PAK".into(), "IND".into())],
        "{ev:#?}"
    );
}

#[test]
fn one_who_files_a_complaint_is_its_source() {
    // `تقدم بـ` supports the noun after it, like `قام بـ`
    let ev = code("تقدمت واشنطن بشكوى أمام منظمة التجارة العالمية بحق كندا.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("USA".into(), "CAN".into())],
        "{ev:#?}"
    );
}

#[test]
fn what_calls_for_ridicule_calls_on_no_one() {
    let ev = code("وقال إن التوجه الفلسطيني إلى المحكمة يدعو للسخرية.");
    assert!(of_type(&ev, PloverType::Request).is_empty(), "{ev:#?}");
}

#[test]
fn a_feminine_demanding_participle_after_a_comma_asks_on_behalf_of_the_subject() {
    let ev = code(
        "اتهمت وزارة الخارجية الإسرائيلية الفلسطينيين باستغلال المحكمة الجنائية الدولية، \
         مطالبة المحكمة بعدم الرضوخ للضغط.",
    );
    let req = of_type(&ev, PloverType::Request);
    assert_eq!(req.len(), 1, "{ev:#?}");
    assert_eq!(country(&req[0].source).as_deref(), Some("ISR"), "{ev:#?}");
    assert_eq!(sector(&req[0].target).as_deref(), Some("JUD"), "{ev:#?}");
}

#[test]
fn protesters_besieging_or_storming_a_building_protest() {
    // a counted subject before a construct object: the verb is active
    let ev = code("وحاصر نحو 1500 من المتظاهرين مبنى جهاز الأمن في المدينة.");
    assert!(of_type(&ev, PloverType::Coerce).is_empty(), "{ev:#?}");
    let p = of_type(&ev, PloverType::Protest);
    assert_eq!(p.len(), 1, "{ev:#?}");
    assert_eq!(p[0].cameo.as_str(), "144", "{ev:#?}");
    assert_eq!(sector(&p[0].source).as_deref(), Some("CVL"), "{ev:#?}");
    let ev = code("واقتحم المتظاهرون مقر البرلمان.");
    let p = of_type(&ev, PloverType::Protest);
    assert_eq!(p.len(), 1, "{ev:#?}");
    assert_eq!(p[0].cameo.as_str(), "145", "{ev:#?}");
    // an army besieging a city coerces
    let ev = code("وحاصر الجيش المدينة.");
    assert_eq!(of_type(&ev, PloverType::Coerce).len(), 1, "{ev:#?}");
}

#[test]
fn countering_a_threat_is_no_clash() {
    let ev = code("وبمواجهة مخاوف مصر عقدت اجتماعات في الخرطوم لمواجهة التحديات.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    let ev = code("وقتل جنديان في مواجهة مع مسلحين.");
    assert_eq!(of_type(&ev, PloverType::Assault).len(), 1, "{ev:#?}");
}

#[test]
fn an_actor_after_the_act_is_the_acts_not_the_accused() {
    // `تظاهرات معادية للكرملين`: the Kremlin is what the protests oppose; it is no protester
    // for having followed the condemnation
    let ev = code("وأدين نافالني بتنظيم تظاهرات معادية للكرملين.");
    let p = of_type(&ev, PloverType::Protest);
    assert_eq!(p.len(), 1, "{ev:#?}");
    assert_eq!(country(&p[0].target).as_deref(), Some("RUS"), "{ev:#?}");
    assert_ne!(country(&p[0].source).as_deref(), Some("RUS"), "{ev:#?}");
    // `معادية لـ` names whom a protest opposes
    let ev = code("وخرج آلاف المتظاهرين في مسيرة معادية للحكومة المجرية.");
    let p = of_type(&ev, PloverType::Protest);
    assert!(!p.is_empty(), "{ev:#?}");
    assert!(
        p.iter()
            .all(|e| country(&e.target).as_deref() == Some("HUN")),
        "{ev:#?}"
    );
    // (and the rule says why)
    assert!(
        p.iter().all(|e| e.rule.contains("protest-object")),
        "{ev:#?}"
    );
}

#[test]
fn the_actor_after_sabaqa_li_is_the_subject_after_an() {
    let ev = code("وسبق لتنظيم داعش أن هاجم مبنى الوزارة في أربيل.");
    let a = of_type(&ev, PloverType::Assault);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert_eq!(country(&a[0].source).as_deref(), Some("IMG"), "{ev:#?}");
}

#[test]
fn an_attack_noun_with_an_adjective_and_a_year_before_its_verb_is_its_subject() {
    // `هجوم كبير عام 2015 استهدف القنصلية`: the consulate is what was attacked
    let ev =
        code("كما وقع آخر هجوم كبير عام 2015 استهدف القنصلية الأميركية، مما أسفر عن مقتل 3 أشخاص.");
    let a: Vec<_> = of_type(&ev, PloverType::Assault)
        .into_iter()
        .filter(|e| e.trigger.text == "استهدف")
        .collect();
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert!(a[0].source.is_none(), "{ev:#?}");
    assert_eq!(country(&a[0].target).as_deref(), Some("USA"), "{ev:#?}");
}

#[test]
fn an_earthquake_that_hits_and_a_front_line_are_no_attacks() {
    let ev = code("ضرب زلزال قوي غرب اليابان اليوم، مسفرا عن مقتل شخصين على الأقل.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    let ev = code(
        "ولجأت الميليشيات إلى تدمير الجسور لإعاقة تقدم الجيش نحو مدينة الراهدة التي تبعد \
         نحو 25 كيلومترا شمال خطوط المواجهة، وتتخذ منها الميليشيات قاعدة إمداد.",
    );
    let a = of_type(&ev, PloverType::Assault);
    assert!(a.iter().all(|e| e.trigger.text != "المواجهة"), "{ev:#?}");
    let ev = code("وقتل جنديان على خطوط المواجهة.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(a.iter().all(|e| e.trigger.text != "المواجهة"), "{ev:#?}");
}

#[test]
fn an_actor_after_an_attribution_word_is_the_source_of_the_report_not_a_party() {
    let ev = code("وقتل 32 متمردا حسب مسؤولين باكستانيين.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(sector(&att[0].target).as_deref(), Some("REB"), "{ev:#?}");
    assert!(att[0].source.is_none(), "{ev:#?}");
    let by = att[0].attribution.claimed_by.as_ref().expect("claimant");
    assert_eq!(
        by.country.map(|c| c.as_str().to_string()).as_deref(),
        Some("PAK")
    );
}

#[test]
fn a_subject_with_its_own_phrase_before_a_passive_with_an_agent_is_the_victim() {
    // `من الجيش`, `في اللجنة الانتخابية` belong to the subject; `على يد` names the agent
    let ev = code("وقال إن ضابطا وجنديا من الجيش اختطفا من منزليهما على يد مسلحين.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 2, "{ev:#?}");
    for e in &att {
        assert_eq!(sector(&e.source).as_deref(), Some("UAF"), "{ev:#?}");
        assert_eq!(sector(&e.target).as_deref(), Some("MIL"), "{ev:#?}");
    }
    let ev = code("وقال إن الموظف في اللجنة الانتخابية خطف من منزله على يد عشرة متمردين.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(sector(&att[0].source).as_deref(), Some("REB"), "{ev:#?}");
    assert_eq!(sector(&att[0].target).as_deref(), Some("CVL"), "{ev:#?}");
}

#[test]
fn an_object_pronoun_on_the_verb_resumes_the_actor_before_it() {
    let ev = code("وطالبت واشنطن بالإفراج عن دبلوماسيين أمريكيين يتهمهم الكرملين بالتجسس.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("RUS".into(), "USA".into())],
        "{ev:#?}"
    );
    // without a pronoun the actor before the verb is its subject
    let ev = code("وقال إن روسيا اتهمت أوكرانيا بالتجسس.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("RUS".into(), "UKR".into())],
        "{ev:#?}"
    );
}

#[test]
fn a_unit_of_a_force_takes_the_forces_codes() {
    let ev = code("وقال سكان إن قوة من الشرطة العراقية اعتقلت خمسة مسلحين.");
    let arrest = of_type(&ev, PloverType::Coerce);
    assert_eq!(arrest.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&arrest[0].source).as_deref(),
        Some("IRQ"),
        "{ev:#?}"
    );
    assert_eq!(sector(&arrest[0].source).as_deref(), Some("COP"), "{ev:#?}");
    assert_eq!(sector(&arrest[0].target).as_deref(), Some("UAF"), "{ev:#?}");
}

#[test]
fn the_two_countries_are_the_last_two_named_not_a_group_of_three_or_a_guess() {
    // a group of three earlier is no antecedent of a dual; a leader's country guessed from
    // the place he visits is no party named
    let ev = code(
        "وانتقد الرئيس الإيراني تدخل سوريا واليمن ولبنان. واقترحت فرنسا وألمانيا خطة جديدة، \
         وأعرب زعيما البلدين اللذين زارا واشنطن عن أملهما.",
    );
    let visits = of_type(&ev, PloverType::Consult);
    let mut parties: Vec<String> = visits.iter().filter_map(|e| country(&e.source)).collect();
    parties.sort();
    assert_eq!(
        parties,
        vec!["DEU".to_string(), "FRA".to_string()],
        "{ev:#?}"
    );
}

#[test]
fn a_bayna_phrase_of_another_noun_gives_no_parties() {
    // the crisis is between the two countries, not the arrest
    let ev = code("وتسبب اعتقال برونسون في أزمة بين الولايات المتحدة وتركيا.");
    let arrest = of_type(&ev, PloverType::Coerce);
    assert_eq!(arrest.len(), 1, "{ev:#?}");
    assert!(
        arrest[0].source.is_none() && arrest[0].target.is_none(),
        "{ev:#?}"
    );
    // a meeting between them is theirs
    let ev = code("وعقد اجتماع بين الولايات المتحدة وتركيا في أنقرة.");
    assert_eq!(
        pairs(&ev, PloverType::Consult),
        vec![("TUR".into(), "USA".into()), ("USA".into(), "TUR".into())],
        "{ev:#?}"
    );
}

#[test]
fn a_chain_of_constructs_after_the_verb_is_its_unknown_subject() {
    // `جمعية دفن الموتى` welcomed, not the president of the sentence before
    let ev = code("وزار الرئيس المصري روسيا أمس. ورحبت جمعية دفن الموتى بالقرار.");
    let welcome = of_type(&ev, PloverType::Support);
    assert_eq!(welcome.len(), 1, "{ev:#?}");
    assert!(welcome[0].source.is_none(), "{ev:#?}");
    // a dropped subject stays the earlier one before an object and its preposition
    let ev = code("وزار الرئيس المصري روسيا أمس. ودعا مراقبين دوليين إلى الإشراف على الانتخابات.");
    let call = of_type(&ev, PloverType::Request);
    assert_eq!(call.len(), 1, "{ev:#?}");
    assert_eq!(country(&call[0].source).as_deref(), Some("EGY"), "{ev:#?}");
}

#[test]
fn a_dateline_before_a_dash_is_no_subject() {
    let ev = code("دبي، الإمارات العربية المتحدة (CNN)— طلبت هيئة النقل العام معلومات عن الحادث.");
    let ask = of_type(&ev, PloverType::Request);
    assert_eq!(ask.len(), 1, "{ev:#?}");
    assert!(ask[0].source.is_none(), "{ev:#?}");
}

#[test]
fn appreciating_needs_what_is_appreciated_a_price_is_no_praise() {
    let ev = code("وقال إن لكل شيء ثمن، وإن ثمن النجاح باهظ.");
    assert!(of_type(&ev, PloverType::Support).is_empty(), "{ev:#?}");
    let ev = code("وثمن الرئيس المصري عبد الفتاح السيسي الجهود السعودية.");
    assert_eq!(
        pairs(&ev, PloverType::Support),
        vec![("EGY".into(), "SAU".into())],
        "{ev:#?}"
    );
}

#[test]
fn the_nisba_of_a_verbal_noun_is_its_agent() {
    // `في قصف إسرائيلي`: an Israeli shelling, whoever it hit
    let ev = code("وأصيب 18 فلسطينيا في قصف إسرائيلي على مدينة غزة.");
    let shelling = of_cameo(&ev, "194");
    assert_eq!(shelling.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&shelling[0].source).as_deref(),
        Some("ISR"),
        "{ev:#?}"
    );
    // and stays the agent after a verb of suffering
    let ev = code("وتعرض المدنيون لقصف أمريكي.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 1, "{ev:#?}");
    assert_eq!(country(&att[0].source).as_deref(), Some("USA"), "{ev:#?}");
    assert_eq!(sector(&att[0].target).as_deref(), Some("CVL"), "{ev:#?}");
}

#[test]
fn an_official_spokesperson_speaks_for_the_body_named_after_him() {
    let ev = code(
        "قال مسؤول إسرائيلي إن حماس تلقت ضربة قوية. \
         وقال المتحدث الرسمي باسم قوات التحالف إن طائراتها قصفت مخزنا للأسلحة.",
    );
    let claimed: Vec<_> = ev
        .iter()
        .filter(|e| e.sentence == 1)
        .filter_map(|e| e.attribution.claimed_by.as_ref())
        .collect();
    assert!(!claimed.is_empty(), "{ev:#?}");
    assert!(
        claimed
            .iter()
            .all(|a| a.sector.map(|s| s.as_str()) == Some("MIL")),
        "{ev:#?}"
    );
}

#[test]
fn a_quotation_mark_between_a_relative_pronoun_and_its_verb_keeps_the_antecedent() {
    let ev = code("وأشاد الوزير الفرنسي باستجابة الشرطة التي \"سيطرت\" على المعتدي.");
    let seize = of_type(&ev, PloverType::Coerce);
    assert_eq!(seize.len(), 1, "{ev:#?}");
    assert_eq!(sector(&seize[0].source).as_deref(), Some("COP"), "{ev:#?}");
}

#[test]
fn coordinated_nisbas_of_one_noun_are_its_agents_not_each_others_targets() {
    let ev = code("وشجبت الحكومة عمليات القصف الإيراني والتركي.");
    let att = of_type(&ev, PloverType::Assault);
    assert_eq!(att.len(), 2, "{ev:#?}");
    assert!(att.iter().all(|e| e.target.is_none()), "{ev:#?}");
    let mut by: Vec<String> = att.iter().filter_map(|e| country(&e.source)).collect();
    by.sort();
    assert_eq!(by, vec!["IRN".to_string(), "TUR".to_string()], "{ev:#?}");
}

#[test]
fn a_second_definite_noun_after_the_verb_owns_the_nisba_after_it() {
    // `أدان البيان القصف الإيراني`: the statement condemns an Iranian shelling; Iran is no
    // condemner
    let ev = code("وأدان البيان القصف الإيراني على المدينة.");
    let condemn = of_type(&ev, PloverType::Accuse);
    assert_eq!(condemn.len(), 1, "{ev:#?}");
    assert!(condemn[0].source.is_none(), "{ev:#?}");
    // a nisba after a noun and its adjectives is the subject's
    let ev = code("وأدان المرجع الشيعي العراقي الهجوم.");
    let condemn = of_type(&ev, PloverType::Accuse);
    assert_eq!(
        country(&condemn[0].source).as_deref(),
        Some("IRQ"),
        "{ev:#?}"
    );
}

#[test]
fn the_same_actor_is_not_its_own_target() {
    // the dropped subject of `تلقت` is Britain from before, and Britain asked: no self-pair
    let ev = code("طلبت بريطانيا من المنظمة المساعدة. وقالت المنظمة إنها تلقت طلبا من بريطانيا.");
    let asks = of_type(&ev, PloverType::Request);
    assert_eq!(asks.len(), 2, "{ev:#?}");
    assert!(
        asks.iter()
            .all(|e| !(country(&e.source).is_some() && country(&e.source) == country(&e.target))),
        "{ev:#?}"
    );
}

#[test]
fn the_dead_of_a_fight_between_named_parties_are_no_third_party() {
    let ev = code("واندلع القتال بين الجيش والمتمردين، ما أدى إلى مقتل خمسة جنود.");
    let fight = of_type(&ev, PloverType::Assault);
    assert_eq!(fight.len(), 2, "{ev:#?}");
    let mut sides: Vec<(String, String)> = fight
        .iter()
        .map(|e| {
            (
                sector(&e.source).unwrap_or_default(),
                sector(&e.target).unwrap_or_default(),
            )
        })
        .collect();
    sides.sort();
    assert_eq!(
        sides,
        vec![("MIL".into(), "REB".into()), ("REB".into(), "MIL".into())],
        "{ev:#?}"
    );
    assert!(
        fight
            .iter()
            .all(|e| e.dead.as_ref().map(|d| d.value) == Some(5)),
        "{ev:#?}"
    );
}

#[test]
fn protesters_after_a_violent_verb_are_its_agents_not_its_victims() {
    // an adverb between, an object no dictionary knows: still the protesters burn
    let ev = code("وأحرق متظاهرون ليلا محطة وقود في العاصمة الإيرانية.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    let riot = of_cameo(&ev, "145");
    assert_eq!(riot.len(), 1, "{ev:#?}");
    assert_eq!(sector(&riot[0].source).as_deref(), Some("CVL"), "{ev:#?}");
}

#[test]
fn a_verb_right_after_banners_or_slogans_describes_them() {
    // the banners ask the UN: the UN is asked, not asking
    let ev = code("ورفع المتظاهرون لافتات تطالب الأمم المتحدة بوقف الحرب.");
    let ask = of_type(&ev, PloverType::Request);
    assert_eq!(ask.len(), 1, "{ev:#?}");
    assert!(ask[0].source.is_none(), "{ev:#?}");
    assert_eq!(country(&ask[0].target).as_deref(), Some("IGO"), "{ev:#?}");
}

#[test]
fn albuldan_is_the_plural_countries_after_a_preposition_or_before_a_plural_modifier() {
    // two countries named before: the dual would take them, the plural names neither
    let first = "التقى وزير الخارجية الفرنسي نظيره الألماني في برلين.\n";
    let ev = code(&format!(
        "{first}وأشاد بالإجراءات التي اتخذتها البلدان التي طردت الدبلوماسيين الروس."
    ));
    let expel = of_type(&ev, PloverType::Sanction);
    assert!(!expel.is_empty(), "{ev:#?}");
    assert!(expel.iter().all(|e| e.source.is_none()), "{ev:#?}");
    let sources = |text: &str| -> Vec<Option<String>> {
        let ev = code(&format!("{first}{text}"));
        let mut c: Vec<Option<String>> = of_type(&ev, PloverType::Request)
            .iter()
            .map(|e| country(&e.source))
            .collect();
        c.sort();
        c
    };
    assert_eq!(
        sources("وطالبت البلدان الأوروبية إيران بوقف التخصيب."),
        vec![None]
    );
    // the dual, subject of its verb, is the two countries
    assert_eq!(
        sources("وطالب البلدان إيران بوقف التخصيب."),
        vec![Some("DEU".into()), Some("FRA".into())]
    );
}

#[test]
fn a_quantified_noun_after_the_verb_is_an_unknown_subject() {
    let ev =
        code("التقى الرئيس الروسي نظيره التركي في موسكو.\nودعت بعض الدول العربية إلى وقف القتال.");
    let ask = of_type(&ev, PloverType::Request);
    assert_eq!(ask.len(), 1, "{ev:#?}");
    assert!(ask[0].source.is_none(), "{ev:#?}");
}

#[test]
fn a_relative_clause_on_an_indefinite_subject_holds_no_object_of_the_main_verb() {
    // `تدعمها الأمم المتحدة` describes the court: the UN is not accused
    let ev = code("واتهمت محكمة تدعمها الأمم المتحدة خمسة من أعضاء حزب الله باغتيال الوزير.");
    let accuse = of_type(&ev, PloverType::Accuse);
    assert_eq!(accuse.len(), 1, "{ev:#?}");
    assert_eq!(sector(&accuse[0].source).as_deref(), Some("JUD"), "{ev:#?}");
    assert_eq!(
        country(&accuse[0].target).as_deref(),
        Some("LBN"),
        "{ev:#?}"
    );
}

#[test]
fn the_act_of_an_accusation_follows_a_long_accused() {
    // seven words between the accusation and the act: still the accused is its agent
    let ev = code("واتهمت المحكمة خمسة من أعضاء حزب الله اللبناني باغتيال الوزير.");
    let act = of_type(&ev, PloverType::Assault);
    assert_eq!(act.len(), 1, "{ev:#?}");
    assert_eq!(
        act[0].attribution.status,
        rasad_event::Status::Claimed,
        "{ev:#?}"
    );
    assert_eq!(country(&act[0].source).as_deref(), Some("LBN"), "{ev:#?}");
}

#[test]
fn a_capital_naming_a_street_or_site_is_no_government() {
    let ev = code("اقتحم الجيش اليمني شارع صنعاء وسط مدينة الحديدة.");
    let raid = of_type(&ev, PloverType::Coerce);
    assert_eq!(raid.len(), 1, "{ev:#?}");
    assert!(raid[0].target.is_none(), "{ev:#?}");
}

#[test]
fn a_bare_unknown_word_after_lakin_is_the_subject_of_the_verb() {
    // the police of the first sentence did not withdraw
    let ev = code("وقالت الشرطة البريطانية إنها تحقق في الحادث.\nلكن مينرز انسحبت من الدورة.");
    let retreat = of_type(&ev, PloverType::Retreat);
    assert_eq!(retreat.len(), 1, "{ev:#?}");
    assert!(retreat[0].source.is_none(), "{ev:#?}");
}

#[test]
fn a_verb_form_after_a_rank_is_a_name() {
    // `تامر` is also "she orders"; after `العقيد` it is the colonel's name
    let ev = code("وقال المتحدث العقيد تامر الرفاهي إن القوات داهمت المنطقة.");
    assert!(of_type(&ev, PloverType::Request).is_empty(), "{ev:#?}");
    // a subject that is no rank still takes its verb
    let ev = code("الرئيس يأمر الجيش بالانسحاب من المدينة.");
    assert!(!of_type(&ev, PloverType::Request).is_empty(), "{ev:#?}");
}

#[test]
fn an_honorific_opens_the_subject_and_its_own_title_is_no_object() {
    let ev = code("استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي وزير الخارجية الأمريكي.");
    let meet = of_type(&ev, PloverType::Consult);
    assert_eq!(meet.len(), 1, "{ev:#?}");
    assert_eq!(country(&meet[0].source).as_deref(), Some("ARE"), "{ev:#?}");
    assert_eq!(country(&meet[0].target).as_deref(), Some("USA"), "{ev:#?}");
}

#[test]
fn to_death_is_how_not_to_whom() {
    let ev = code("وترجل المهاجم من سيارته وطعن حتى الموت شرطيا أمام مبنى البرلمان.");
    let stab = of_type(&ev, PloverType::Assault);
    assert_eq!(stab.len(), 1, "{ev:#?}");
    assert_eq!(sector(&stab[0].target).as_deref(), Some("COP"), "{ev:#?}");
}

#[test]
fn qabada_arrests_only_with_ala() {
    let ev = code("وكان الواحد منهم يقبض أجرا شهريا يصل إلى 250 دولارا.");
    assert!(of_type(&ev, PloverType::Coerce).is_empty(), "{ev:#?}");
    let ev = code("وقبضت قوات الأمن المصرية على ثلاثة مسلحين.");
    assert_eq!(of_type(&ev, PloverType::Coerce).len(), 1, "{ev:#?}");
}

#[test]
fn a_plural_verb_drops_back_to_no_person() {
    // `وفرضوا` are the western states, not the speaker
    let ev = code(
        "وقال الرئيس الروسي فلاديمير بوتين إن الغرب سعى إلى كسب مزايا.\n\
         وفرضوا عقوبات غير شرعية على بلده.",
    );
    let sanction = of_type(&ev, PloverType::Sanction);
    assert_eq!(sanction.len(), 1, "{ev:#?}");
    assert!(sanction[0].source.is_none(), "{ev:#?}");
}

#[test]
fn the_actor_after_a_needed_preposition_with_a_pronoun_is_the_subject() {
    let ev = code("ونقل الصحفي، الذي قبض عليه الحوثيون في مدينة الحديدة، إلى مسقط.");
    let arrest = of_type(&ev, PloverType::Coerce);
    assert_eq!(arrest.len(), 1, "{ev:#?}");
    assert_eq!(sector(&arrest[0].source).as_deref(), Some("REB"), "{ev:#?}");
}

#[test]
fn a_weekday_set_off_by_commas_right_after_the_trigger_dates_it() {
    let coder = Coder::embedded().expect("embedded lexicon");
    let ev = coder
        .code(&Document {
            id: "t",
            text: "وأصيب أربعة أشخاص بإطلاق نار، الأربعاء، في ولاية كارولاينا الجنوبية.",
            date: chrono::NaiveDate::from_ymd_opt(2018, 10, 4),
        })
        .events;
    let shot = of_type(&ev, PloverType::Assault);
    assert_eq!(shot.len(), 1, "{ev:#?}");
    assert_eq!(
        shot[0].date,
        chrono::NaiveDate::from_ymd_opt(2018, 10, 3),
        "{ev:#?}"
    );
}

#[test]
fn a_first_person_verb_in_a_quotation_is_the_speakers_act() {
    let ev = code("وقال وزير الخارجية الفرنسي: \"ندين الهجوم ونطالب إسرائيل بوقف العدوان\".");
    let condemn = of_type(&ev, PloverType::Accuse);
    assert_eq!(condemn.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&condemn[0].source).as_deref(),
        Some("FRA"),
        "{ev:#?}"
    );
    // the actor after a first-person verb is its object
    let ask = of_type(&ev, PloverType::Request);
    assert_eq!(ask.len(), 1, "{ev:#?}");
    assert_eq!(country(&ask[0].source).as_deref(), Some("FRA"), "{ev:#?}");
    assert_eq!(country(&ask[0].target).as_deref(), Some("ISR"), "{ev:#?}");
    // `تهاجمنا` ("she attacks us") is no first person
    let ev = code("وقال الوزير الفرنسي إن إيران تهاجمنا كل يوم.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .all(|e| country(&e.source).as_deref() != Some("FRA")),
        "{ev:#?}"
    );
}

#[test]
fn kila_min_names_both_parties_that_follow() {
    let ev = code(
        "التقى وزير الخارجية الفرنسي نظيره الألماني في برلين.\n\
         ودعت الأمم المتحدة كلا من كندا والسعودية إلى ضبط النفس.",
    );
    let mut asked: Vec<String> = of_type(&ev, PloverType::Request)
        .iter()
        .filter_map(|e| country(&e.target))
        .collect();
    asked.sort();
    assert_eq!(asked, vec!["CAN".to_string(), "SAU".to_string()], "{ev:#?}");
}

#[test]
fn holding_seats_is_no_occupation() {
    let ev = code("ورغم ذلك فإن حزبه يحتل في البرلمان نحو 23 مقعدا.");
    assert!(of_type(&ev, PloverType::Coerce).is_empty(), "{ev:#?}");
    let ev = code("واحتلت القوات الروسية شبه جزيرة القرم عام 2014.");
    assert_eq!(of_type(&ev, PloverType::Coerce).len(), 1, "{ev:#?}");
}

#[test]
fn a_parenthesis_naming_the_subject_again_is_no_object() {
    let ev = code("واتهمت منظمة الخوذ البيضاء (الدفاع المدني السوري) قوات النظام بقصف المدينة.");
    let accuse = of_type(&ev, PloverType::Accuse);
    assert_eq!(accuse.len(), 1, "{ev:#?}");
    assert_eq!(sector(&accuse[0].target).as_deref(), Some("MIL"), "{ev:#?}");
    let ev = code("وتسيطر هيئة تحرير الشام (جبهة النصرة سابقا) على معظم المحافظة.");
    let control = of_type(&ev, PloverType::Coerce);
    assert_eq!(control.len(), 1, "{ev:#?}");
    assert!(control[0].target.is_none(), "{ev:#?}");
}

#[test]
fn an_object_pronoun_on_the_verb_is_its_object() {
    // the man of the later phrase is no one arrested
    let ev = code("وقالت الصحفية إن السلطات المصرية اعتقلتها عقب مقابلة مع رجل فقير.");
    let arrest = of_type(&ev, PloverType::Coerce);
    assert_eq!(arrest.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&arrest[0].source).as_deref(),
        Some("EGY"),
        "{ev:#?}"
    );
    assert!(arrest[0].target.is_none(), "{ev:#?}");
    // the pronoun resumes the indefinite actor before it, the actor after is the subject
    let ev = code("ووقف النواب حدادا على أرواح مئات من رجال الجيش قتلهم المتشددون في سيناء.");
    let kill = of_type(&ev, PloverType::Assault);
    assert_eq!(kill.len(), 1, "{ev:#?}");
    assert_eq!(sector(&kill[0].source).as_deref(), Some("REB"), "{ev:#?}");
    assert_eq!(sector(&kill[0].target).as_deref(), Some("MIL"), "{ev:#?}");
    // with an adverb between, still the subject
    let ev = code("ووصل اللاجئون إلى الأردن على أن تستقبلهم لاحقا بريطانيا.");
    let host = of_type(&ev, PloverType::Consult);
    assert_eq!(host.len(), 1, "{ev:#?}");
    assert_eq!(country(&host[0].source).as_deref(), Some("GBR"), "{ev:#?}");
}

#[test]
fn a_disaster_after_a_verb_of_destruction_is_no_attacker() {
    let ev = code("وقتل 7 أشخاص عندما دمرت صواعق ورياح قوية جدرانا في الولاية.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
}

#[test]
fn a_large_number_of_actors_is_the_subject() {
    let ev = code("وتعهد عدد كبير من المسؤولين الأمريكيين بحماية الانتخابات.");
    let pledge = of_type(&ev, PloverType::Agree);
    assert_eq!(pledge.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&pledge[0].source).as_deref(),
        Some("USA"),
        "{ev:#?}"
    );
}

#[test]
fn mimma_daa_is_which_led_not_a_call() {
    let ev = code("واستمرت الهجمات على الشرطة، مما دعا قوات الأمن لتعقب المسلحين في الصحراء.");
    assert!(of_type(&ev, PloverType::Request).is_empty(), "{ev:#?}");
}

#[test]
fn a_hashtag_reads_as_its_words() {
    let ev = code("ودعت #الأمم_المتحدة إلى وقف القتال في #اليمن.");
    let ask = of_type(&ev, PloverType::Request);
    assert_eq!(ask.len(), 1, "{ev:#?}");
    assert_eq!(country(&ask[0].source).as_deref(), Some("IGO"), "{ev:#?}");
    // the actor's span still covers the original text, marks included
    let s = ask[0].source.as_ref().expect("source");
    let text = "ودعت #الأمم_المتحدة إلى وقف القتال في #اليمن.";
    assert_eq!(&text[s.span.start..s.span.end], "الأمم_المتحدة");
    let ev = code("شنت مقاتلات #تحالف_دعم_الشرعية غارات على مواقع للحوثيين.");
    assert!(of_type(&ev, PloverType::Cooperate).is_empty(), "{ev:#?}");
    let strike = of_type(&ev, PloverType::Assault);
    assert_eq!(strike.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&strike[0].source).as_deref(),
        Some("SAU"),
        "{ev:#?}"
    );
}

#[test]
fn an_event_noun_right_after_the_verb_is_its_subject() {
    // the police of the first sentence destroyed nothing
    let ev = code(
        "وقالت الشرطة البريطانية إنها تتعامل مع الحادث.\n\
         وكان قد دمر انفجار ضخم متجرا ومنزلا في المدينة.",
    );
    let blast: Vec<&Event> = of_type(&ev, PloverType::Assault)
        .into_iter()
        .filter(|e| e.sentence == 1)
        .collect();
    assert!(!blast.is_empty(), "{ev:#?}");
    assert!(blast.iter().all(|e| e.source.is_none()), "{ev:#?}");
}

#[test]
fn a_telephone_number_is_no_phone_call() {
    let ev = code("وتشمل الوثائق نحو ألفي رقم هاتف من الشبكة الأرضية.");
    assert!(of_type(&ev, PloverType::Consult).is_empty(), "{ev:#?}");
    // nor a communication device, a telecom company or lost contact
    for text in [
        "وتلقى الجاسوس جهاز اتصال سري لتشفير الرسائل.",
        "وقالت شركة الاتصالات إن الشبكة تعطلت.",
        "وأعلن الجيش فقدان الاتصال بالطائرة.",
    ] {
        let ev = code(text);
        assert!(of_type(&ev, PloverType::Consult).is_empty(), "{ev:#?}");
    }
}

#[test]
fn definite_words_after_kana_are_the_unknown_subject() {
    // the rebels of the first sentence appealed to no one
    let ev = code(
        "وقال المتمردون إنهم هاجموا القوات.\n\
         وكان الحلفاء الأوروبيون قد ناشدوا ترمب عدم الانسحاب من الاتفاق.",
    );
    let appeal = of_type(&ev, PloverType::Request);
    assert_eq!(appeal.len(), 1, "{ev:#?}");
    assert!(appeal[0].source.is_none(), "{ev:#?}");
    assert_eq!(
        country(&appeal[0].target).as_deref(),
        Some("USA"),
        "{ev:#?}"
    );
}

#[test]
fn a_dual_verb_drops_back_to_no_single_actor() {
    // the officer of the first sentence stormed nothing; the two accused did
    let ev = code(
        "وقال الضابط المسؤول إن التحقيق مستمر.\n\
         وأضاف أن المتهمين اعتديا على أسرة الفتاة ثم اقتحما منزلها.",
    );
    let storm = of_type(&ev, PloverType::Coerce);
    assert_eq!(storm.len(), 1, "{ev:#?}");
    assert!(storm[0].source.is_none(), "{ev:#?}");
}

#[test]
fn the_subject_of_a_clause_after_ila_anna_is_no_object_of_ila() {
    // `أشار إلى أن X فعل`: `إلى` governs the clause; X is the subject of what follows
    let ev = code("وأشار المتحدث إلى أن الجيش التركي قصف مواقع للمسلحين قرب الحدود.");
    let strike = of_type(&ev, PloverType::Assault);
    assert_eq!(strike.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&strike[0].source).as_deref(),
        Some("TUR"),
        "{ev:#?}"
    );
}

#[test]
fn a_verbal_noun_with_lam_after_its_genitive_has_the_genitive_as_agent() {
    // `اعتقال X لـ Y`: X arrests Y (the masdar's object is marked by `لـ`), also across a comma
    for text in [
        "وخرج محتجون رفضا لاعتقال الشرطة التركية لصحفيين ألمان.",
        "وخرج محتجون رفضا لاعتقال الشرطة التركية، لصحفيين ألمان.",
    ] {
        let ev = code(text);
        let arrest = of_type(&ev, PloverType::Coerce);
        assert_eq!(arrest.len(), 1, "{text}: {ev:#?}");
        assert_eq!(
            country(&arrest[0].source).as_deref(),
            Some("TUR"),
            "{text}: {ev:#?}"
        );
        assert_eq!(
            sector(&arrest[0].target).as_deref(),
            Some("MED"),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn an_actor_after_the_comma_closing_the_subject_is_the_object() {
    // no `و` closes a list: the opposition criticised the president, not alongside him
    let ev = code("انتقد نواب المعارضة في تركيا، الرئيس رجب طيب أردوغان، يوم الأحد.");
    let blame = of_type(&ev, PloverType::Accuse);
    assert_eq!(blame.len(), 1, "{ev:#?}");
    assert_eq!(sector(&blame[0].source).as_deref(), Some("OPP"), "{ev:#?}");
    assert_eq!(sector(&blame[0].target).as_deref(), Some("GOV"), "{ev:#?}");
}

#[test]
fn a_comma_list_closed_by_wa_is_one_subject_with_its_object() {
    let ev = code("دعت فرنسا، ألمانيا وبريطانيا إيران إلى الالتزام بالاتفاق.");
    let mut p = pairs(&ev, PloverType::Request);
    p.sort();
    assert_eq!(
        p,
        [("DEU", "IRN"), ("FRA", "IRN"), ("GBR", "IRN")]
            .map(|(a, b)| (a.to_string(), b.to_string())),
        "{ev:#?}"
    );
}

#[test]
fn a_title_and_a_name_set_off_by_commas_are_one_actor() {
    // one host, not two: the king is the monarch named again
    let ev = code("استقبل العاهل السعودي، الملك سلمان بن عبد العزيز، الرئيس المصري في الرياض.");
    let host = of_type(&ev, PloverType::Consult);
    let saudi: Vec<_> = host
        .iter()
        .filter(|e| country(&e.source).as_deref() == Some("SAU"))
        .collect();
    assert_eq!(saudi.len(), 1, "{ev:#?}");
    assert!(saudi[0].source.as_ref().unwrap().id.is_some(), "{ev:#?}");
    assert_eq!(country(&saudi[0].target).as_deref(), Some("EGY"), "{ev:#?}");
}

#[test]
fn a_bare_surname_after_a_verb_is_the_person_named_in_full_earlier() {
    // no object follows the name: the surname alone says who
    let ev = code(
        "استقبل الرئيس الفلسطيني محمود عباس وفدا أوروبيا في رام الله.\n\
         وطالب عباس بوقف الاستيطان في الضفة الغربية.",
    );
    let ask = of_type(&ev, PloverType::Request);
    assert_eq!(ask.len(), 1, "{ev:#?}");
    assert_eq!(country(&ask[0].source).as_deref(), Some("PSE"), "{ev:#?}");
    assert!(ask[0].rule.contains("surname"), "{ev:#?}");
}

#[test]
fn a_victim_after_the_comma_closing_the_killers_is_the_object() {
    let ev = code("وقتلت ميليشيات الحوثي، امرأة بقذيفة في مدينة تعز.");
    let kill = of_type(&ev, PloverType::Assault);
    assert_eq!(kill.len(), 1, "{ev:#?}");
    assert_eq!(sector(&kill[0].source).as_deref(), Some("REB"), "{ev:#?}");
    assert_eq!(sector(&kill[0].target).as_deref(), Some("CVL"), "{ev:#?}");
}

#[test]
fn words_after_a_comma_that_run_on_into_a_clause_are_no_apposition_name() {
    // `إسرائيل، كما قال عباس`: "as Abbas said" gives Israel no name `عباس`
    let ev = code(
        "وقال الرئيس الفلسطيني محمود عباس إن الاحتلال مستمر.\n\
         وانتقد الوزير إسرائيل، كما قال عباس.\n\
         ورفض عباس أي حل.",
    );
    let no = of_type(&ev, PloverType::Reject);
    assert_eq!(no.len(), 1, "{ev:#?}");
    assert_eq!(country(&no[0].source).as_deref(), Some("PSE"), "{ev:#?}");
}

#[test]
fn an_imperfect_dual_verb_does_not_refer_back_to_one_actor() {
    let ev = code(
        "وقالت وزارة الخارجية الروسية إن المحادثات ستستمر.\n\
         وسيجتمعان مجددا في جنيف الأسبوع المقبل.",
    );
    let meet = in_sentence(&ev, PloverType::Consult, 1);
    assert_eq!(meet.len(), 1, "{ev:#?}");
    assert!(meet[0].source.is_none(), "{ev:#?}");
}

#[test]
fn a_perfect_dual_of_a_verb_in_waw_does_not_refer_back_to_one_actor() {
    // `وقعا`: "the two signed" (its `و` is the verb's first letter, not a conjunction)
    let ev = code(
        "قال وزير الخارجية الروسي إن المحادثات انتهت.\n\
         ثم وقعا اتفاقا للتعاون الاقتصادي.",
    );
    let sign: Vec<_> = ev.iter().filter(|e| e.sentence == 1).collect();
    assert!(!sign.is_empty(), "{ev:#?}");
    assert!(sign.iter().all(|e| e.source.is_none()), "{ev:#?}");
}

#[test]
fn a_subject_with_a_name_in_apposition_closed_by_a_comma_is_the_subject() {
    let ev = code("وقال المتحدث إن زعيم كوريا الشمالية، كيم جونغ أون، سيزور بكين الأسبوع المقبل.");
    let visit = of_type(&ev, PloverType::Consult);
    assert_eq!(visit.len(), 1, "{ev:#?}");
    assert_eq!(country(&visit[0].source).as_deref(), Some("PRK"), "{ev:#?}");
}

#[test]
fn commas_around_a_day_set_off_an_adverb_not_a_clause() {
    // the object after `، مساء الخميس،` is still the verb's
    let ev = code("وقصفت الطائرات الإسرائيلية، مساء الخميس، مواقع لحركة حماس في غزة.");
    let strike = of_type(&ev, PloverType::Assault);
    assert_eq!(strike.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&strike[0].source).as_deref(),
        Some("ISR"),
        "{ev:#?}"
    );
    assert_eq!(sector(&strike[0].target).as_deref(), Some("REB"), "{ev:#?}");
}

#[test]
fn a_preposition_after_commas_around_a_day_starts_a_phrase_of_its_own() {
    // `برصاص الجيش، الاثنين، خلال المواجهات`: the shooting army killed; the clashes are apart
    let ev = code(
        "قتل 25 فلسطينياً وأصيب أكثر من 900 آخرين برصاص الجيش الإسرائيلي، الاثنين، خلال المواجهات على حدود قطاع غزة.",
    );
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .any(|e| country(&e.source).as_deref() == Some("ISR")
                && country(&e.target).as_deref() == Some("PSE")),
        "{ev:#?}"
    );
}

#[test]
fn under_taarrada_the_genitive_of_the_act_is_its_agent() {
    // `تعرض X لاعتقال الشرطة`: X was arrested by the police
    let ev = code("وتعرض الصحفي لاعتقال الشرطة التركية أمس.");
    let arrest = of_type(&ev, PloverType::Coerce);
    assert_eq!(arrest.len(), 1, "{ev:#?}");
    assert_eq!(sector(&arrest[0].source).as_deref(), Some("COP"), "{ev:#?}");
    assert_eq!(sector(&arrest[0].target).as_deref(), Some("MED"), "{ev:#?}");
}

#[test]
fn an_attack_attributed_to_an_actor_has_it_as_source() {
    for text in [
        "استهدفت غارة جوية منسوبة لإسرائيل منطقة قرب مطار دمشق الدولي.",
        "وقتل عشرة أشخاص في هجمات تنسب إلى إسرائيل في سوريا.",
    ] {
        let ev = code(text);
        let strikes = of_type(&ev, PloverType::Assault);
        assert!(!strikes.is_empty(), "{text}: {ev:#?}");
        assert!(
            strikes
                .iter()
                .all(|e| country(&e.source).as_deref() == Some("ISR")
                    && country(&e.target).as_deref() != Some("ISR")),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn attacks_that_did_not_stop_go_on_and_attacks_that_stopped_do_not() {
    let going = code("ولم تتوقف هجمات تنظيم داعش على القرى في محافظة ديالى.");
    let a = of_type(&going, PloverType::Assault);
    assert_eq!(a.len(), 1, "{going:#?}");
    assert!(!a[0].negated, "{going:#?}");
    let over = code("وتوقفت هجمات تنظيم داعش على القرى في محافظة ديالى.");
    let a = of_type(&over, PloverType::Assault);
    assert_eq!(a.len(), 1, "{over:#?}");
    assert!(a[0].negated, "{over:#?}");
}

#[test]
fn a_hollow_passive_with_its_charge_after_the_name_has_no_dropped_agent() {
    // `وأدين X … بتهمة`: X was convicted; the speaker of the sentence before convicted no one
    let ev = code(
        "وقال الرئيس الأميركي إن الحكم قاس.\n\
         وأدين زعيم حزب العمال البريطاني السابق بتهمة تلقي الرشوة.",
    );
    let conv = in_sentence(&ev, PloverType::Accuse, 1);
    assert_eq!(conv.len(), 1, "{ev:#?}");
    assert!(conv[0].source.is_none(), "{ev:#?}");
}

#[test]
fn fighters_with_a_possessive_pronoun_are_the_group_named_before() {
    // `مقاتليها`: its fighters — the Somali movement's, coded as the movement
    let ev =
        code("قالت حركة الشباب الصومالية، الاثنين، إن مقاتليها هاجموا قاعدة عسكرية في جنوب البلاد.");
    let attack = of_type(&ev, PloverType::Assault);
    assert_eq!(attack.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&attack[0].source).as_deref(),
        Some("SOM"),
        "{ev:#?}"
    );
    assert_eq!(sector(&attack[0].source).as_deref(), Some("REB"), "{ev:#?}");
}

#[test]
fn a_feminine_verb_does_not_take_a_masculine_title_as_its_subject() {
    // `وانتقدت الرئيس الأميركي منظمات حقوقية`: the organisations criticised the president
    let ev = code("وانتقدت الرئيس الأميركي منظمات حقوقية دولية.");
    let blame = of_type(&ev, PloverType::Accuse);
    assert_eq!(blame.len(), 1, "{ev:#?}");
    assert_eq!(sector(&blame[0].source).as_deref(), Some("HRI"), "{ev:#?}");
    assert_eq!(country(&blame[0].target).as_deref(), Some("USA"), "{ev:#?}");
    // an indefinite title heads a construct: its genitive is no subject
    let ev = code("اقتحمت قوة إسرائيلية الجامعة.\nواختطفت رئيس مجلس الطلبة.");
    let kidnap: Vec<_> = ev.iter().filter(|e| e.sentence == 1).collect();
    assert!(!kidnap.is_empty(), "{ev:#?}");
    assert!(
        kidnap
            .iter()
            .all(|e| sector(&e.source).as_deref() != Some("EDU")),
        "{ev:#?}"
    );
}

#[test]
fn the_neighbour_across_a_border_is_no_party_to_a_clash_but_addresses_a_protest() {
    let ev = code("وقال نشطاء إن الاشتباكات في شمال بورما قرب الحدود مع الصين تكثفت.");
    let clash = of_type(&ev, PloverType::Assault);
    assert!(!clash.is_empty(), "{ev:#?}");
    assert!(
        clash
            .iter()
            .all(|e| country(&e.target).as_deref() != Some("CHN")
                && country(&e.source).as_deref() != Some("CHN")),
        "{ev:#?}"
    );
    let ev = code("وبدأ الفلسطينيون في قطاع غزة احتجاجاتهم قرب الحدود مع إسرائيل.");
    let protest = of_type(&ev, PloverType::Protest);
    assert_eq!(protest.len(), 1, "{ev:#?}");
    assert_eq!(
        country(&protest[0].target).as_deref(),
        Some("ISR"),
        "{ev:#?}"
    );
}

#[test]
fn naqala_reports_only_with_an() {
    // `نقلت … مقاتليها`: moved its fighters — no speech, so no demand read into it
    let ev = code("ونقلت المعارضة مقاتليها إلى مناطق تسيطر عليها المعارضة قرب الحدود.");
    assert!(of_type(&ev, PloverType::Request).is_empty(), "{ev:#?}");
    // `نقلت وكالة عن مسؤول`: reported speech
    let ev = code("ونقلت وكالة رويترز عن مسؤول عسكري قوله إن الجيش قصف مواقع المسلحين.");
    let strike = of_type(&ev, PloverType::Assault);
    assert_eq!(strike.len(), 1, "{ev:#?}");
    assert_eq!(
        strike[0].attribution.status,
        rasad_event::Status::Claimed,
        "{ev:#?}"
    );
}

#[test]
fn a_masculine_verb_takes_a_feminine_noun_right_after_it_as_object() {
    // `يحمل حركة حماس المسؤولية`: the minister blames Hamas, Hamas blames no one
    let ev = code("قال وزير الدفاع الأميركي إنه لا يريد أن يحمل حركة حماس المسؤولية.");
    let blame = of_type(&ev, PloverType::Accuse);
    assert_eq!(blame.len(), 1, "{ev:#?}");
    assert_eq!(country(&blame[0].target).as_deref(), Some("PSE"), "{ev:#?}");
    assert_ne!(country(&blame[0].source).as_deref(), Some("PSE"), "{ev:#?}");
    // broken plurals of men in `ة` agree with a masculine verb: `طالب القضاة`
    let ev = code("وطالب القضاة الفرنسيون بتسليم الوثائق.");
    let ask = of_type(&ev, PloverType::Request);
    assert_eq!(ask.len(), 1, "{ev:#?}");
    assert_eq!(sector(&ask[0].source).as_deref(), Some("JUD"), "{ev:#?}");
}

#[test]
fn a_possessed_noun_after_lakin_is_the_unknown_subject() {
    // `لكن طلبها رفض`: her request was rejected; the army of the sentence before rejected nothing
    let ev = code(
        "وقال الجيش الإسرائيلي إن الوضع هادئ.\n\
         وتقدمت المحامية بطلب لجعل الجلسة علنية، لكن طلبها رفض.",
    );
    let no: Vec<_> = of_type(&ev, PloverType::Reject);
    assert_eq!(no.len(), 1, "{ev:#?}");
    assert!(no[0].source.is_none(), "{ev:#?}");
}

#[test]
fn an_official_of_a_body_after_lam_has_its_country() {
    let ev = code("وحثت الرئيسة السابقة لحكومة الدانمارك الجهات المانحة على دعم التعليم.");
    let ask = of_type(&ev, PloverType::Request);
    assert_eq!(ask.len(), 1, "{ev:#?}");
    assert_eq!(country(&ask[0].source).as_deref(), Some("DNK"), "{ev:#?}");
    assert_eq!(sector(&ask[0].source).as_deref(), Some("GOV"), "{ev:#?}");
}

#[test]
fn a_grip_on_power_is_no_arrest_and_control_is_the_noun() {
    // `قبضته`: the noun قبضة with a possessive, not قبض "arrest" with an object pronoun
    let ev = code("وعزز الرئيس قبضته على السلطة بعد الانتخابات.");
    assert!(of_cameo(&ev, "173").is_empty(), "{ev:#?}");
    let ev = code("وقبضت الشرطة على ثلاثة مشتبه بهم في المدينة.");
    assert_eq!(of_cameo(&ev, "173").len(), 1, "{ev:#?}");
    // `سيطرته على`: the verbal noun سيطرة, whose possessor is who took control
    let ev = code("وتمكن الجيش من بسط سيطرته على البلدة.");
    let c = of_cameo(&ev, "192");
    assert_eq!(c.len(), 1, "{ev:#?}");
    assert!(c[0].rule.contains(":noun"), "{ev:#?}");
}

#[test]
fn an_organ_or_secretary_general_of_a_body_is_coded_as_the_body() {
    // the subject before `قد` is the committee, which stands for its movement
    let ev = code("وكانت اللجنة المركزية لحركة فتح قد دعت حركة حماس إلى اتخاذ قرارات واضحة.");
    let r = of_type(&ev, PloverType::Request);
    assert_eq!(r.len(), 1, "{ev:#?}");
    assert_eq!(
        r[0].source.as_ref().map(|a| a.id.clone()),
        Some(Some("fatah".into())),
        "{ev:#?}"
    );
    assert_eq!(
        r[0].target.as_ref().map(|a| a.id.clone()),
        Some(Some("hamas".into())),
        "{ev:#?}"
    );
    // a title or member word before the organ: the body too
    for s in [
        "وانتقد رئيس المكتب السياسي لحركة حماس السلطة الفلسطينية.",
        "وانتقد المكتب السياسي لحركة حماس السلطة الفلسطينية.",
    ] {
        let ev = code(s);
        let a = of_type(&ev, PloverType::Accuse);
        assert_eq!(a.len(), 1, "{ev:#?}");
        assert_eq!(sector(&a[0].source).as_deref(), Some("REB"), "{ev:#?}");
        assert_eq!(sector(&a[0].target).as_deref(), Some("GOV"), "{ev:#?}");
    }
    // `الأمين العام لـ` + a body
    let ev = code("وانتقد الأمين العام لحزب الله إسرائيل.");
    let a = of_type(&ev, PloverType::Accuse);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert_eq!(country(&a[0].source).as_deref(), Some("LBN"), "{ev:#?}");
    assert_eq!(country(&a[0].target).as_deref(), Some("ISR"), "{ev:#?}");
    // an organ word before a country is no organ of it
    let ev = code("وانتقدت اللجنة المركزية لروسيا الحكومة.");
    assert!(
        of_type(&ev, PloverType::Accuse)
            .iter()
            .all(|e| country(&e.source).as_deref() != Some("RUS")),
        "{ev:#?}"
    );
}

#[test]
fn dual_titles_resolve_to_the_last_two_parties_that_met() {
    // the pair is the two parties of the last event between two countries, not the place
    let ev = code(
        "التقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة. \
         واتفق الزعيمان على نزع السلاح النووي.",
    );
    assert_eq!(
        pairs(&ev, PloverType::Agree),
        vec![("PRK".into(), "USA".into()), ("USA".into(), "PRK".into())],
        "{ev:#?}"
    );
    // `الرئيسان` (ئ folded) and `بين الزعيمين`, which the lexicon also reads as a bare agent
    let ev = code(
        "واستقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله. \
         واتفق الرئيسان على التعاون. وتم توقيع اتفاق بين الزعيمين.",
    );
    let agree = in_sentence(&ev, PloverType::Agree, 1);
    assert_eq!(agree.len(), 2, "{ev:#?}");
    assert!(agree
        .iter()
        .all(|e| sector(&e.source).as_deref() == Some("GOV")));
    let signed: Vec<_> = ev
        .iter()
        .filter(|e| e.sentence == 2 && e.source.is_some())
        .collect();
    assert!(!signed.is_empty(), "{ev:#?}");
    // a dual title with its nisbas names its own parties (in the nominative: `الرئيسين`
    // after a verb is its object)
    let ev = code("وانتقد الرئيسان الروسي والتركي الولايات المتحدة.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("RUS".into(), "USA".into()), ("TUR".into(), "USA".into())],
        "{ev:#?}"
    );
}

#[test]
fn b_introduces_the_other_party_of_a_call_or_meeting_not_of_an_attack() {
    let ev = code("اتصل الرئيس الروسي بنظيره التركي لبحث الأزمة.");
    assert_eq!(
        pairs(&ev, PloverType::Consult),
        vec![("RUS".into(), "TUR".into()), ("TUR".into(), "RUS".into())],
        "{ev:#?}"
    );
    let ev = code("وندد الاتحاد الأوروبي بإسرائيل.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("IGO".into(), "ISR".into())],
        "{ev:#?}"
    );
    // `بـ` of an attack is its means
    let ev = code("وقصفت القوات الروسية البلدة بالطائرات السورية.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty(), "{ev:#?}");
    assert!(
        a.iter().all(|e| e
            .target
            .as_ref()
            .is_none_or(|t| !t.text.contains("الطائرات"))),
        "{ev:#?}"
    );
}

#[test]
fn an_unknown_name_after_anna_is_the_subject_not_a_dropped_one() {
    let ev = code(
        "أعلن القضاء التشيكي أن المسؤول الكردي لن يسلم إلى تركيا. \
         إلا أن مسلم نفى تماما أي علاقة له بالاعتداء.",
    );
    let r = of_type(&ev, PloverType::Reject);
    assert_eq!(r.len(), 1, "{ev:#?}");
    assert!(r[0].source.is_none(), "{ev:#?}");
    assert!(!r[0].rule.contains("prodrop"), "{ev:#?}");
    // a noun with a possessive there stands for its owner, who is the dropped subject
    let ev = code("وقال رئيس الوزراء الإسرائيلي إن حكومته ستهدم بيت عائلة المتهم.");
    assert!(
        ev.iter()
            .any(|e| country(&e.source).as_deref() == Some("ISR")),
        "{ev:#?}"
    );
}

#[test]
fn a_parenthesis_after_the_subject_is_an_aside_whatever_it_holds() {
    let ev = code(
        "اتهم مكتب التحقيقات الفدرالي الأمريكي (أف بي آي) 13 مواطنا روسيا بالتدخل في الانتخابات.",
    );
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("USA".into(), "RUS".into())],
        "{ev:#?}"
    );
}

#[test]
fn a_definite_event_noun_takes_no_indefinite_genitive() {
    // `الاتهامات ثلاث شركات`: the companies are no accusers (a definite noun has no genitive)
    let ev = code("وطالت الاتهامات ثلاث شركات روسية أيضا.");
    let a = of_type(&ev, PloverType::Accuse);
    assert!(a.iter().all(|e| e.source.is_none()), "{ev:#?}");
    // an agreeing nisba after it still names the agent, and the toll its victims
    let ev = code("ودانت الحكومة الهجوم الإسرائيلي على القرية.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .any(|e| country(&e.source).as_deref() == Some("ISR")),
        "{ev:#?}"
    );
    let ev = code("ومن بين القتلى ثمانية أطفال.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .any(|e| sector(&e.target).as_deref() == Some("CVL")),
        "{ev:#?}"
    );
}

#[test]
fn a_subject_after_anna_closed_by_a_comma_is_still_the_subject() {
    let ev = code("قال المتحدث إن الرئيس الأمريكي دونالد ترامب، انتقد نظيره الروسي.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("USA".into(), "RUS".into())],
        "{ev:#?}"
    );
}

#[test]
fn a_demanding_participle_is_the_main_clause_subjects() {
    let ev = code(
        "وجه وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش، الأحد، رسالة إلى لبنان بعد \
         استقبال حسن نصرالله لوفد من الحوثيين اليمنيين، مطالبا لبنان بألا يكون محطة للحوثيين.",
    );
    assert_eq!(
        pairs(&ev, PloverType::Request),
        vec![("ARE".into(), "LBN".into())],
        "{ev:#?}"
    );
}

#[test]
fn a_demanding_participle_after_speech_is_the_speakers_and_no_dateline_demands() {
    let ev =
        code("قال المبعوث الدولي إن الوضع في المدينة مقلق، مطالبا بتوفير ممرات آمنة للمدنيين.");
    let r = of_type(&ev, PloverType::Request);
    assert_eq!(r.len(), 1, "{ev:#?}");
    assert_eq!(sector(&r[0].source).as_deref(), Some("GOV"), "{ev:#?}");
    // the dateline's country is where the news was filed, not who demands
    let ev = code(
        "دبي، الإمارات العربية المتحدة (CNN)-- أكد مفتي مصر، الخميس، أن اللعبة حرام، \
         مطالبا السلطات المصرية بتجريمها.",
    );
    let r = of_type(&ev, PloverType::Request);
    assert_eq!(r.len(), 1, "{ev:#?}");
    assert_ne!(country(&r[0].source).as_deref(), Some("ARE"), "{ev:#?}");
}

#[test]
fn the_country_after_a_visit_is_where_to_not_who_goes() {
    let ev =
        code("وأشاد سالفيني، وهو أول وزير في الحكومة الإيطالية الجديدة يزور ليبيا، بخفر السواحل.");
    let c = of_cameo(&ev, "042");
    assert_eq!(c.len(), 1, "{ev:#?}");
    assert_eq!(country(&c[0].target).as_deref(), Some("LBY"), "{ev:#?}");
    assert_ne!(country(&c[0].source).as_deref(), Some("LBY"), "{ev:#?}");
    // the visitor named after the capital (VOS)
    let ev = code("ويزور موسكو وزير الخارجية التركي الأسبوع المقبل.");
    assert_eq!(
        pairs(&ev, PloverType::Consult),
        vec![("TUR".into(), "RUS".into())],
        "{ev:#?}"
    );
    // an unknown name after `إن` is the subject, even one that begins like a proclitic
    let ev = code("قالت الصين إن كيم زار بكين.");
    let c = of_cameo(&ev, "042");
    assert_eq!(c.len(), 1, "{ev:#?}");
    assert!(c[0].source.is_none(), "{ev:#?}");
    assert_eq!(country(&c[0].target).as_deref(), Some("CHN"), "{ev:#?}");
}

#[test]
fn a_call_received_or_made_with_bi_has_both_parties() {
    // `تلقى` (receive) inverts, and is no form of ألقى here
    let ev = code("تلقى الرئيس المصري اتصالا هاتفيا من نظيره الفرنسي.");
    assert_eq!(
        pairs(&ev, PloverType::Consult),
        vec![("EGY".into(), "FRA".into()), ("FRA".into(), "EGY".into())],
        "{ev:#?}"
    );
    assert!(
        ev.iter().all(|e| e.rule.ends_with("light-invert")),
        "{ev:#?}"
    );
    // a call or meeting noun with `بـ`, but not `برئاسة`
    let ev = code("أجرى الرئيس المصري اتصالا هاتفيا بنظيره الفرنسي.");
    assert_eq!(
        pairs(&ev, PloverType::Consult),
        vec![("EGY".into(), "FRA".into()), ("FRA".into(), "EGY".into())],
        "{ev:#?}"
    );
    // `تلقي` throwing (ألقى) is no receiving: `تلقي تركيا القبض على` arrests
    let ev = code("تلقي تركيا القبض على المشتبه به.");
    let c = of_cameo(&ev, "173");
    assert_eq!(c.len(), 1, "{ev:#?}");
    assert_eq!(country(&c[0].source).as_deref(), Some("TUR"), "{ev:#?}");
    // a list after `بـ` with no other party is not paired with itself
    let ev = code("وكانت السويد على اتصال وثيق بالولايات المتحدة وكوريا الجنوبية.");
    assert!(
        !pairs(&ev, PloverType::Consult).contains(&("USA".into(), "KOR".into())),
        "{ev:#?}"
    );
    let ev = code("وعقد المجلس اجتماعا برئاسة رئيس الوزراء اليمني.");
    assert!(
        of_type(&ev, PloverType::Consult)
            .iter()
            .all(|e| e.target.is_none()),
        "{ev:#?}"
    );
}

#[test]
fn two_movements_of_one_country_are_the_pair_of_al_harakatan() {
    let ev = code(
        "ووقعت حركة فتح وحركة حماس اتفاق المصالحة في القاهرة. \
         لكن لاحقا، تبادلت الحركتان الاتهامات بتعطيل المصالحة.",
    );
    let ids: Vec<(Option<String>, Option<String>)> = of_type(&ev, PloverType::Accuse)
        .iter()
        .map(|e| {
            let id = |a: &Option<rasad_event::ActorRef>| a.as_ref().and_then(|a| a.id.clone());
            (id(&e.source), id(&e.target))
        })
        .collect();
    assert!(
        ids.contains(&(Some("fatah".into()), Some("hamas".into()))),
        "{ev:#?}"
    );
    assert!(
        ids.contains(&(Some("hamas".into()), Some("fatah".into()))),
        "{ev:#?}"
    );
}

#[test]
fn an_intransitive_protest_verb_has_no_object() {
    let ev = code("تظاهر أكثر من 1500 من الأطباء المقيمين والطلبة اليوم الاثنين.");
    let p = of_type(&ev, PloverType::Protest);
    assert!(!p.is_empty(), "{ev:#?}");
    assert!(
        p.iter()
            .all(|e| sector(&e.target).as_deref() != Some("EDU")),
        "{ev:#?}"
    );
    // what is protested after `على` still is
    let ev = code("واحتج الفلسطينيون على نقل السفارة الأميركية إلى القدس.");
    assert!(
        of_type(&ev, PloverType::Protest)
            .iter()
            .any(|e| country(&e.target).as_deref() == Some("USA")),
        "{ev:#?}"
    );
}

#[test]
fn the_clause_a_denial_introduces_is_denied_up_to_its_end() {
    let ev = code("نفت روسيا أنها قصفت المدينة.");
    let a = of_type(&ev, PloverType::Assault);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert_eq!(
        a[0].attribution.status,
        rasad_event::Status::Denied,
        "{ev:#?}"
    );
    assert_eq!(
        a[0].attribution
            .denied_by
            .first()
            .and_then(|x| x.country)
            .map(|c| c.as_str().to_string()),
        Some("RUS".into()),
        "{ev:#?}"
    );
    // a `إن` after an object belongs to another verb, and a consequence is no denied act
    let ev = code("ونفت تركيا ذلك وتقول إن القوات الأرمينية قصفت القرية.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .all(|e| e.attribution.status != rasad_event::Status::Denied),
        "{ev:#?}"
    );
    let ev = code("ونفت روسيا مرارا أن تكون متورطة في الهجوم ما أدى إلى طرد دبلوماسيين.");
    assert!(
        of_type(&ev, PloverType::Sanction)
            .iter()
            .all(|e| e.attribution.status != rasad_event::Status::Denied),
        "{ev:#?}"
    );
}

#[test]
fn a_relative_clause_between_commas_leaves_the_subject_before_it() {
    let ev =
        code("وكانت قوات سوريا الديمقراطية، التي يدعمها التحالف الدولي، طردت تنظيم داعش من منبج.");
    let e: Vec<_> = ev.iter().filter(|e| e.trigger.text == "طردت").collect();
    assert_eq!(e.len(), 1, "{ev:#?}");
    assert!(
        e[0].source.as_ref().is_some_and(|a| a.id.is_some()),
        "{ev:#?}"
    );
    assert_eq!(country(&e[0].source).as_deref(), Some("SYR"), "{ev:#?}");
    assert_eq!(country(&e[0].target).as_deref(), Some("IMG"), "{ev:#?}");
}

#[test]
fn a_definite_surname_of_a_known_person_is_that_person() {
    let ev = code("وأصدر الرئيس السوري بشار الأسد مرسوما بالعفو. وانتقد الأسد الولايات المتحدة.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("SYR".into(), "USA".into())],
        "{ev:#?}"
    );
    // but after an attack verb it is the victim of the unvowelled passive
    let ev = code("وزار سعد الحريري الرياض الأسبوع الماضي. واعتقل الحريري في الرياض.");
    let c = of_cameo(&ev, "173");
    assert_eq!(c.len(), 1, "{ev:#?}");
    assert!(
        c[0].source
            .as_ref()
            .is_none_or(|s| !s.name.contains("Hariri")),
        "{ev:#?}"
    );
}

#[test]
fn his_country_is_the_country_of_the_speaker() {
    let ev = code("وقال الرئيس الروسي إن بلاده ستدعم سوريا.");
    assert_eq!(
        pairs(&ev, PloverType::Support),
        vec![("RUS".into(), "SYR".into())],
        "{ev:#?}"
    );
    // the subject's, not the country after `لدى`; `حكومته` is its government
    let ev = code("أعلن السفير الأميركي لدى اليمن رفض بلاده الكامل لتدخلات إيران.");
    assert!(
        of_type(&ev, PloverType::Reject)
            .iter()
            .any(|e| country(&e.source).as_deref() == Some("USA")),
        "{ev:#?}"
    );
    let ev = code("وقال رئيس الوزراء العراقي إن حكومته ترفض التدخل التركي.");
    let r = of_type(&ev, PloverType::Reject);
    assert_eq!(r.len(), 1, "{ev:#?}");
    assert_eq!(
        (
            country(&r[0].source).as_deref(),
            sector(&r[0].source).as_deref()
        ),
        (Some("IRQ"), Some("GOV")),
        "{ev:#?}"
    );
}

#[test]
fn a_government_never_refers_back_to_an_organisation() {
    // the last GOV actor before `الحكومة` is a UN official (IGO GOV); a government is a
    // state's, so it takes no code from him
    let ev = code(
        "التقى المبعوث الأممي مارتن غريفيث قادة الحوثيين في صنعاء.\n\
         ورحبت الحكومة الشرعية بجهود المبعوث.",
    );
    let welcome = of_type(&ev, PloverType::Support);
    assert!(!welcome.is_empty(), "{ev:#?}");
    for e in welcome {
        assert_ne!(country(&e.source).as_deref(), Some("IGO"), "{e:#?}");
    }
}

#[test]
fn his_country_is_first_that_of_the_person_of_its_clause() {
    // the army leads the sentence, but "his country" belongs to the president of its own clause
    let ev = code(
        "وعزز الجيش الإسرائيلي قواته في الجولان، بالتزامن مع إعلان الرئيس الأميركي \
         انسحاب بلاده من الاتفاق مع إيران.",
    );
    // (withdrawing from an agreement is REJECT)
    let retreat = of_type(&ev, PloverType::Reject);
    assert!(!retreat.is_empty(), "{ev:#?}");
    assert_eq!(
        country(&retreat[0].source).as_deref(),
        Some("USA"),
        "{ev:#?}"
    );
}

#[test]
fn troops_cutting_roads_impose_a_blockade_not_a_protest() {
    let ev = code("وتعمل وحدات الجيش على قطع طرق الإمداد بين البلدتين.");
    assert!(of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
    assert_eq!(of_cameo(&ev, "191").len(), 1, "{ev:#?}");
    // protesters doing the same still protest
    let ev = code("وعمد المتظاهرون إلى قطع الطرق في أكثر من نقطة.");
    assert!(!of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
}

#[test]
fn an_oblique_plural_after_a_transitive_verb_is_its_object() {
    // `الدبلوماسيين` (not `الدبلوماسيون`) is no subject: Russia expels them
    let ev = code("وقال وزير الخارجية الروسي إن طرد الدبلوماسيين البريطانيين سيحدث قريبا.");
    let expel = of_type(&ev, PloverType::Sanction);
    assert_eq!(expel.len(), 1, "{ev:#?}");
    assert_eq!(country(&expel[0].source).as_deref(), Some("RUS"), "{ev:#?}");
    assert_eq!(country(&expel[0].target).as_deref(), Some("GBR"), "{ev:#?}");
    // after an intransitive protest word the plural is who protests
    let ev = code("وشهدت العاصمة تجمع المعلمين أمام البرلمان.");
    for e in of_type(&ev, PloverType::Protest) {
        assert_ne!(sector(&e.target).as_deref(), Some("EDU"), "{e:#?}");
    }
}

#[test]
fn a_dual_title_with_its_nisbas_ignores_the_pair_before() {
    let ev = code(
        "التقى الرئيس الروسي نظيره التركي في أنقرة.\n\
         وانتقد الرئيسان الأمريكي والفرنسي الصين.",
    );
    let second = in_sentence(&ev, PloverType::Accuse, 1);
    let mut got: Vec<(String, String)> = second
        .iter()
        .map(|e| {
            (
                country(&e.source).unwrap_or_default(),
                country(&e.target).unwrap_or_default(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![("FRA".into(), "CHN".into()), ("USA".into(), "CHN".into())],
        "{ev:#?}"
    );
}

#[test]
fn the_attack_responded_to_is_not_the_responders() {
    for text in [
        "وتعهد الرئيسان الأمريكي والفرنسي برد قوي على هجوم كيميائي في دوما.",
        "وتعهد الرئيسان الأمريكي والفرنسي برد قوي على \"هجوم كيميائي\" في دوما.",
    ] {
        let ev = code(text);
        for e in of_type(&ev, PloverType::Assault) {
            assert!(e.source.is_none(), "{text}: {e:#?}");
        }
    }
}

#[test]
fn receiving_migrants_and_occupying_headlines_are_no_events() {
    let ev = code("واقترح الاتحاد حوافز للدول من أجل استقبال مهاجرين يتم إنقاذهم في البحر.");
    assert!(of_type(&ev, PloverType::Consult).is_empty(), "{ev:#?}");
    let ev = code("واحتلت المملكة العناوين الرئيسية في الإعلام العالمي.");
    assert!(of_type(&ev, PloverType::Coerce).is_empty(), "{ev:#?}");
    // a reception of a visitor still is one
    let ev = code("وجرى استقبال الرئيس الفرنسي في القصر.");
    assert!(!of_type(&ev, PloverType::Consult).is_empty(), "{ev:#?}");
}

#[test]
fn the_army_never_refers_back_to_a_coalition() {
    let ev = code(
        "وقال الجيش اليمني إنه تقدم في صعدة.\n\
         وشنت طائرات تحالف دعم الشرعية غارات على مواقع الحوثيين.\n\
         وسيطرت قوات الجيش على قرى جديدة في المحافظة.",
    );
    let took = in_sentence(&ev, PloverType::Coerce, 2);
    assert!(!took.is_empty(), "{ev:#?}");
    assert_eq!(country(&took[0].source).as_deref(), Some("YEM"), "{ev:#?}");
}

#[test]
fn a_name_repeated_in_apposition_is_no_target() {
    let ev = code("وأدانت حركة المقاومة الإسلامية #حماس التفجير في غزة.");
    for e in of_type(&ev, PloverType::Accuse) {
        assert!(e.target.is_none(), "{e:#?}");
    }
    // a pair anaphor of two groups of one code is still two parties
    let ev = code(
        "واستولى تنظيم داعش على مواقع تنظيم القاعدة في المنطقة.\n\
         واستمر القتال بين الجماعتين لساعات.",
    );
    let fights = in_sentence(&ev, PloverType::Assault, 1);
    assert_eq!(fights.len(), 2, "{ev:#?}");
    assert!(fights.iter().all(|e| e.target.is_some()), "{ev:#?}");
}

#[test]
fn a_group_takes_the_country_of_the_members_named_after_it() {
    let ev = code("وهاجم مفجرون انتحاريون سياسيين بينهم زعيمة المعارضة بينظير بوتو.");
    let attack = of_type(&ev, PloverType::Assault);
    assert!(!attack.is_empty(), "{ev:#?}");
    assert_eq!(
        country(&attack[0].target).as_deref(),
        Some("PAK"),
        "{ev:#?}"
    );
    // a crowd of people is not all of its named members' country
    let ev = code("وقتل 14 شخصا بينهم إيرانيون في غارة على حمص.");
    let crowd = ev
        .iter()
        .flat_map(|e| [&e.source, &e.target])
        .flatten()
        .filter(|a| a.text == "شخصا")
        .collect::<Vec<_>>();
    assert!(!crowd.is_empty(), "{ev:#?}");
    for a in crowd {
        assert_ne!(
            a.country.map(|c| c.as_str().to_string()).as_deref(),
            Some("IRN"),
            "{a:#?}"
        );
    }
}

#[test]
fn a_denial_answers_the_claims_about_the_denier_only() {
    // the arrests are the authorities' (claimed by the UN); the denier answers the accusation
    // against him, not them
    let ev = code(
        "وقالت الأمم المتحدة إن السلطات التركية اعتقلت آلاف الأشخاص منذ محاولة الانقلاب التي \
         تتهم أنقرة غولن بتدبيرها.\nوينفي غولن أي دور له في الأمر.",
    );
    let arrests = of_type(&ev, PloverType::Coerce);
    assert!(!arrests.is_empty(), "{ev:#?}");
    for e in arrests {
        assert_ne!(e.attribution.status, rasad_event::Status::Denied, "{e:#?}");
    }
}

#[test]
fn a_bare_group_noun_refers_back_to_the_last_named_group() {
    let id = |a: &Option<rasad_event::ActorRef>| a.as_ref().and_then(|a| a.id.clone());
    // `الحركة` after `حركة طالبان` is the Taliban, as subject of the next sentence's verb
    let ev =
        code("وأعلنت حركة طالبان وقف إطلاق النار.\nوفي عام 1996 سيطرت الحركة على العاصمة كابول.");
    let seize = of_type(&ev, PloverType::Coerce);
    assert!(!seize.is_empty(), "{ev:#?}");
    assert_eq!(id(&seize[0].source).as_deref(), Some("taliban"), "{ev:#?}");
    // `التنظيم` with an epithet of its own kind is still the group; the movement's freedom of
    // movement (`حرية الحركة`) names no one
    let ev = code("وتبنى تنظيم داعش التفجير.\nوهاجم التنظيم الإرهابي قرية في الشمال.");
    let attack = of_type(&ev, PloverType::Assault);
    assert!(!attack.is_empty(), "{ev:#?}");
    assert_eq!(id(&attack[0].source).as_deref(), Some("isis"), "{ev:#?}");
    let ev = code("وقالت حركة حماس إنها ترفض الحصار.\nوطالبت إسرائيل بحرية الحركة.");
    let ask = of_type(&ev, PloverType::Request);
    assert!(!ask.is_empty(), "{ev:#?}");
    assert!(ask.iter().all(|e| e.target.is_none()), "{ev:#?}");
}

#[test]
fn an_attack_nouns_civilian_genitive_is_its_victim_and_a_city_its_place() {
    // the shelled civilians are the target; the accused is the agent
    let ev = code("اتهمت حماس إسرائيل بقصف المدنيين.");
    let attack = of_type(&ev, PloverType::Assault);
    assert!(!attack.is_empty(), "{ev:#?}");
    assert_eq!(sector(&attack[0].target).as_deref(), Some("CVL"), "{ev:#?}");
    assert_eq!(
        country(&attack[0].source).as_deref(),
        Some("ISR"),
        "{ev:#?}"
    );
    // an armed genitive of shelling still does it
    let ev = code("وقتل خمسة في قصف الطيران الروسي على البلدة.");
    let attack = of_type(&ev, PloverType::Assault);
    assert!(!attack.is_empty(), "{ev:#?}");
    assert_eq!(
        country(&attack[0].source).as_deref(),
        Some("RUS"),
        "{ev:#?}"
    );
    // `هجمات باريس`: Paris is where, not the French government attacking
    let ev = code("وأدان الوزير هجمات باريس.");
    let attack = of_type(&ev, PloverType::Assault);
    assert!(!attack.is_empty(), "{ev:#?}");
    for e in &attack {
        assert!(e.source.is_none(), "{e:#?}");
        assert_ne!(sector(&e.target).as_deref(), Some("GOV"), "{e:#?}");
        let place = e.location.as_ref().map(|l| l.name.as_str());
        assert_eq!(place, Some("Paris"), "{e:#?}");
    }
}

#[test]
fn the_expelled_after_an_expulsion_noun_is_its_target() {
    // `على طرد الإيرانيين`: the Iranians are expelled, not expelling
    let ev = code("وحض وزير الدفاع الإسرائيلي الرئيس السوري على طرد الإيرانيين.");
    let expel = of_cameo(&ev, "166");
    assert!(!expel.is_empty(), "{ev:#?}");
    assert_eq!(country(&expel[0].target).as_deref(), Some("IRN"), "{ev:#?}");
    assert_ne!(country(&expel[0].source).as_deref(), Some("IRN"), "{ev:#?}");
    // with `لـ` right after the noun: `أكبر عملية طرد لدبلوماسيين روس`
    let ev = code("وأمرت الحكومة البريطانية بأكبر عملية طرد لدبلوماسيين روس.");
    let expel = of_cameo(&ev, "166");
    assert!(!expel.is_empty(), "{ev:#?}");
    assert_eq!(country(&expel[0].target).as_deref(), Some("RUS"), "{ev:#?}");
}

#[test]
fn a_quantifier_or_superlative_heads_the_subject_after_the_verb() {
    // `أحدث الغارات الإسرائيلية` is the subject of its verb, not its object
    let ev = code("واستهدفت أحدث الغارات الإسرائيلية مواقع للنظام السوري.");
    let attack = of_cameo(&ev, "190");
    assert!(!attack.is_empty(), "{ev:#?}");
    assert_eq!(
        country(&attack[0].source).as_deref(),
        Some("ISR"),
        "{ev:#?}"
    );
    assert_ne!(
        country(&attack[0].target).as_deref(),
        Some("ISR"),
        "{ev:#?}"
    );
    // the genitive plural after `كبار` is no object of the verb
    let ev = code("واتهم كبار المسؤولين الإيرانيين الولايات المتحدة بدعم الإرهاب.");
    let accuse = of_type(&ev, PloverType::Accuse);
    assert!(!accuse.is_empty(), "{ev:#?}");
    assert_eq!(
        country(&accuse[0].source).as_deref(),
        Some("IRN"),
        "{ev:#?}"
    );
    assert_eq!(
        country(&accuse[0].target).as_deref(),
        Some("USA"),
        "{ev:#?}"
    );
}

#[test]
fn a_verbal_noun_with_an_agent_genitive_takes_the_next_actor_as_object() {
    // the police arrest, the protesters are arrested
    let ev = code("وأدان الوزير اعتقال الشرطة الإسرائيلية المتظاهرين الفلسطينيين.");
    let arrest = of_type(&ev, PloverType::Coerce);
    assert!(!arrest.is_empty(), "{ev:#?}");
    assert_eq!(sector(&arrest[0].source).as_deref(), Some("COP"), "{ev:#?}");
    assert_eq!(
        country(&arrest[0].target).as_deref(),
        Some("PSE"),
        "{ev:#?}"
    );
    // a civilian genitive with its adjective is one phrase, the detained
    let ev = code("وانتقدت المنظمة احتجاز الأطفال المهاجرين في المراكز.");
    let detention = of_type(&ev, PloverType::Coerce);
    assert!(!detention.is_empty(), "{ev:#?}");
    assert!(detention[0].source.is_none(), "{ev:#?}");
}

#[test]
fn a_support_verbs_subject_is_the_agent_and_the_genitive_of_a_directed_noun_its_object() {
    // a visit, an expulsion, supplies: the support verb's subject acts on the genitive
    for (text, t, src, tgt) in [
        (
            "قام وزير الخارجية الأمريكي بزيارة بغداد.",
            PloverType::Consult,
            "USA",
            "IRQ",
        ),
        (
            "وقامت بريطانيا بطرد 23 دبلوماسياً روسياً.",
            PloverType::Sanction,
            "GBR",
            "RUS",
        ),
        (
            "وردت موسكو بطرد ستين دبلوماسيا أميركيا.",
            PloverType::Sanction,
            "RUS",
            "USA",
        ),
        (
            "وواصلت إيران تزويد الحوثيين بالسلاح.",
            PloverType::Aid,
            "IRN",
            "YEM",
        ),
    ] {
        let ev = code(text);
        assert!(
            pairs(&ev, t).contains(&(src.to_string(), tgt.to_string())),
            "{text}: {ev:#?}"
        );
        assert!(
            !pairs(&ev, t).iter().any(|(s, _)| s == tgt),
            "{text}: the object is no agent: {ev:#?}"
        );
    }
    // alone, the genitive of a visit is the visitor
    let ev = code("وصف المسؤول زيارة الرئيس الروسي بأنها مهمة.");
    assert!(
        pairs(&ev, PloverType::Consult)
            .iter()
            .any(|(s, _)| s == "RUS"),
        "{ev:#?}"
    );
    // a meeting's genitive is where it was or who met, not what the subject acted on
    let ev = code("وقام الرئيس الكوري الجنوبي بالتحضير لعقد قمة سنغافورة.");
    assert!(
        !pairs(&ev, PloverType::Consult).contains(&("KOR".into(), "SGP".into())),
        "{ev:#?}"
    );
    // under an inverting support verb the subject is the patient, the genitive the agent
    let ev = code("وتعرضت القوات العراقية لهجوم مسلحي داعش.");
    assert!(
        of_type(&ev, PloverType::Assault).iter().any(|e| {
            country(&e.target).as_deref() == Some("IRQ")
                && e.source.as_ref().is_some_and(|s| s.text.contains("داعش"))
        }),
        "{ev:#?}"
    );
}

#[test]
fn a_minister_of_foreign_affairs_is_one_actor_with_the_nationality_after_the_portfolio() {
    for (text, who) in [
        (
            "زار وزير الشؤون الخارجية العماني يوسف بن علوي القاهرة.",
            "وزير الشؤون الخارجية",
        ),
        (
            "وانتقد وزير الدولة للشؤون الخارجية الإماراتي قطر.",
            "وزير الدولة للشؤون الخارجية",
        ),
    ] {
        let ev = code(text);
        assert!(
            ev.iter().any(
                |e| e.source.as_ref().is_some_and(|s| s.text.starts_with(who))
                    && country(&e.source).as_deref() != Some("EGY")
                    && country(&e.source).is_some()
                    && sector(&e.source).as_deref() == Some("GOV")
            ),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn a_generic_head_before_a_bodys_name_leaves_the_name_the_subject_when_the_verb_agrees() {
    // `منظمتا X و Y`: the two named bodies condemn
    let ev = code("ونددت منظمتا هيومن رايتس ووتش والعفو الدولية بانتهاكات خطيرة.");
    let accuse = of_type(&ev, PloverType::Accuse);
    assert_eq!(accuse.len(), 2, "{ev:#?}");
    assert!(
        accuse
            .iter()
            .all(|e| sector(&e.source).as_deref() == Some("HRI") && e.target.is_none()),
        "{ev:#?}"
    );
    // a masculine verb does not agree with a feminine head: the bodies are the ones called on
    let ev = code("ودعا منظمات الأمم المتحدة وبرنامج الأغذية العالمي إلى إدانة هذه الأعمال.");
    let request = of_type(&ev, PloverType::Request);
    assert!(!request.is_empty(), "{ev:#?}");
    assert!(
        request
            .iter()
            .all(|e| e.source.is_none() && country(&e.target).as_deref() == Some("IGO")),
        "{ev:#?}"
    );
}

#[test]
fn a_definite_common_noun_takes_a_person_only_in_apposition() {
    // the opposition criticises Erdogan's policy: no actor "the opposition … Erdogan"
    let ev = code("وتنتقد المعارضة كثيرا سياسة أردوغان في سوريا.");
    let accuse = of_type(&ev, PloverType::Accuse);
    assert!(
        accuse
            .iter()
            .any(|e| sector(&e.source).as_deref() == Some("OPP")
                && country(&e.target).as_deref() == Some("TUR")),
        "{ev:#?}"
    );
    assert!(
        accuse.iter().all(|e| e
            .source
            .as_ref()
            .is_none_or(|s| !s.text.contains("أردوغان"))),
        "{ev:#?}"
    );
    // an apposition with its adjectives, or `باسم`, still names the person
    let ev = code("وانتقد الجاسوس الروسي السابق سيرغي سكريبال الحكومة البريطانية.");
    assert!(
        of_type(&ev, PloverType::Accuse).iter().any(|e| e
            .source
            .as_ref()
            .is_some_and(|s| s.text.contains("سكريبال"))),
        "{ev:#?}"
    );
}

#[test]
fn the_counted_victims_of_an_attack_are_its_target_when_no_other_is_named() {
    for (text, victims) in [
        (
            "وتسبب قصف المطار بمقتل سبعة من عناصر الحرس الثوري الإيراني.",
            "IRN",
        ),
        (
            "لقي شاب فلسطيني مصرعه برصاص قوات الاحتلال الإسرائيلي شرق خان يونس.",
            "PSE",
        ),
    ] {
        let ev = code(text);
        assert!(
            of_type(&ev, PloverType::Assault)
                .iter()
                .any(|e| country(&e.target).as_deref() == Some(victims) && e.dead.is_some()),
            "{text}: {ev:#?}"
        );
    }
    // a target named by the text stays: the victims do not replace it
    let ev = code("قصفت الطائرات الإسرائيلية مواقع لحركة حماس في غزة ما أسفر عن مقتل ثلاثة مدنيين.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .all(|e| sector(&e.target).as_deref() != Some("CVL")
                || country(&e.source).as_deref() != Some("ISR")),
        "{ev:#?}"
    );
}

#[test]
fn admitting_or_recounting_that_something_happened_is_reported_speech() {
    for (text, speaker) in [
        (
            "اعترف الجيش الإسرائيلي بأن طائراته قصفت قاعدة في سوريا.",
            "الجيش الإسرائيلي",
        ),
        (
            "وأقرت الحكومة السورية بأن قواتها قصفت القرية.",
            "الحكومة السورية",
        ),
    ] {
        let ev = code(text);
        let a = of_type(&ev, PloverType::Assault);
        assert!(!a.is_empty(), "{text}: {ev:#?}");
        assert!(
            a.iter()
                .all(|e| e.attribution.status == rasad_event::Status::Claimed
                    && e.attribution
                        .claimed_by
                        .as_ref()
                        .is_some_and(|c| c.text == speaker)),
            "{text}: {ev:#?}"
        );
    }
    // recognising a state is no speech
    let ev = code("اعترفت روسيا باستقلال أبخازيا.");
    assert_eq!(pairs(&ev, PloverType::Support).len(), 1, "{ev:#?}");
}

#[test]
fn a_crowd_the_police_disperse_is_no_mobilisation_and_gathers_by_itself() {
    let ev = code("استخدمت الشرطة الغاز المسيل للدموع لتفريق حشد تجمع قبالة مقر اللجنة الانتخابية.");
    assert!(of_type(&ev, PloverType::Mobilize).is_empty(), "{ev:#?}");
    let gathering = of_type(&ev, PloverType::Protest);
    assert!(!gathering.is_empty(), "{ev:#?}");
    assert!(
        gathering
            .iter()
            .all(|e| sector(&e.source).as_deref() != Some("COP")),
        "{ev:#?}"
    );
}

#[test]
fn a_possessive_on_a_politicians_own_act_stands_for_the_person_who_is_the_subject() {
    let ev = code(
        "يبدأ وزير الخارجية الأميركي، مايك بومبيو، الخميس، ثاني أيام محادثاته في نيويورك مع المسؤول الكوري الشمالي.",
    );
    assert!(
        pairs(&ev, PloverType::Consult).contains(&("USA".into(), "PRK".into())),
        "{ev:#?}"
    );
    // the possessive of an act done to someone is its patient, not the subject
    let ev = code("وطالبت الحكومة الفرنسية بالإفراج عن الصحفي بعد اعتقاله في طهران.");
    assert!(
        of_type(&ev, PloverType::Coerce)
            .iter()
            .all(|e| country(&e.source).as_deref() != Some("FRA")),
        "{ev:#?}"
    );
}

#[test]
fn adjectives_after_a_named_group_describe_it() {
    let ev = code("وظلت جماعة جيش الإسلام المسلحة المعارضة تسيطر على دوما.");
    let seize = of_type(&ev, PloverType::Coerce);
    assert!(!seize.is_empty(), "{ev:#?}");
    assert!(
        seize
            .iter()
            .all(|e| sector(&e.source).as_deref() == Some("REB")),
        "{ev:#?}"
    );
}

#[test]
fn an_order_with_no_one_ordered_is_the_orderers_act_and_the_released_are_the_target() {
    let ev = code("أمرت السلطات التركية باعتقال 271 جندياً.");
    assert!(
        of_type(&ev, PloverType::Coerce)
            .iter()
            .any(|e| country(&e.source).as_deref() == Some("TUR")
                && sector(&e.source).as_deref() == Some("GOV")),
        "{ev:#?}"
    );
    let ev = code("أفرجت السلطات الإيرانية عن الصحفي الأمريكي.");
    assert_eq!(
        pairs(&ev, PloverType::Retreat),
        vec![("IRN".into(), "USA".into())],
        "{ev:#?}"
    );
}

#[test]
fn a_bare_title_refers_back_to_the_last_holder_of_that_title_even_when_it_begins_with_waw() {
    // `وزير` begins with the letter of the conjunction: it is still the head `الوزير` repeats,
    // and the official named in between is no minister
    let ev = code(
        "وصل وزير الخارجية القطري إلى عمان.\n\n\
         وكان في استقباله محافظ مدينة الزرقاء.\n\n\
         وزار الوزير مخيما للاجئين.",
    );
    let visits = of_type(&ev, PloverType::Consult);
    let visit = visits
        .iter()
        .find(|e| e.trigger.text.contains("وزار"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(country(&visit.source).as_deref(), Some("QAT"), "{ev:#?}");
}

#[test]
fn both_x_and_y_names_what_follows_whether_or_not_it_is_an_actor() {
    // `كلا من` + places: "both … and …", not the pair anaphor `كلا` ("both of them")
    let ev = code("التقى وزير الخارجية الروسي نظيره التركي.\n\nوزار الوزير كلا من المتحف والقلعة.");
    assert!(
        ev.iter().all(|e| [&e.source, &e.target]
            .iter()
            .all(|a| a.as_ref().is_none_or(|a| !a.text.contains("كلا")))),
        "{ev:#?}"
    );
}

#[test]
fn the_genitive_of_an_act_done_to_someone_after_qama_bi_is_its_object_even_with_no_agent() {
    // the subject is no actor: the visited church is still no visitor
    let ev = code("ونادرا ما يقوم أي وزير أجنبي بزيارة الكنيسة في القدس.");
    let visits = of_type(&ev, PloverType::Consult);
    assert!(!visits.is_empty(), "{ev:#?}");
    assert!(
        visits
            .iter()
            .all(|e| e.source.is_none() && e.target.is_some()),
        "{ev:#?}"
    );
}

#[test]
fn a_sentence_opening_with_an_unknown_noun_phrase_gives_its_verb_no_dropped_subject() {
    // a headline: the unknown witness accuses, not the Turkish court of the sentence before
    let ev = code("واستجوبت المحكمة التركية القس الأمريكي.\n\nشاهد سري يتهم القس بالتجسس.");
    let accuse = of_type(&ev, PloverType::Accuse);
    assert!(!accuse.is_empty(), "{ev:#?}");
    assert!(accuse.iter().all(|e| e.source.is_none()), "{ev:#?}");
    // nor does `كل من` + names after a verb leave it without a subject
    let ev = code(
        "وانتقدت الحكومة الكورية الشمالية المعارضة.\n\nوقد سجن كل من علي حسن وسمير يوسف بتهم التجسس.",
    );
    assert!(
        of_type(&ev, PloverType::Coerce)
            .iter()
            .all(|e| country(&e.source).as_deref() != Some("PRK")),
        "{ev:#?}"
    );
}

#[test]
fn a_noun_whose_own_first_letter_is_lam_is_no_purpose_phrase() {
    // `لقاء` is a meeting, not `لـ` + `قاء`; `للقاء` is the purpose
    let ev = code("وعقد الرئيس الفرنسي لقاء مع رئيس الوزراء الإيطالي في روما.");
    let meet = of_type(&ev, PloverType::Consult);
    assert!(!meet.is_empty(), "{ev:#?}");
    assert!(meet.iter().all(|e| !e.hypothetical), "{ev:#?}");
}

#[test]
fn the_short_perfect_of_condemn_is_a_trigger_but_not_an_acre_or_a_name() {
    let ev = code("ودانت وزارة الخارجية المصرية الهجوم على الكنيسة.");
    assert!(!of_cameo(&ev, "111").is_empty(), "{ev:#?}");
    let ev = code("وتبلغ مساحة المزرعة ألف فدان.\n\nوقال مدير الاستخبارات دان كوتس إن الخطر قائم.");
    assert!(of_type(&ev, PloverType::Accuse).is_empty(), "{ev:#?}");
}

#[test]
fn declining_to_comment_or_to_be_named_is_no_rejection_and_a_coalition_is_no_alliance() {
    let ev = code("ورفضت وزارة الدفاع الأمريكية التعليق على التقرير.");
    assert!(of_type(&ev, PloverType::Reject).is_empty(), "{ev:#?}");
    let ev = code("وقال مسؤول رفض الكشف عن اسمه إن المفاوضات مستمرة.");
    assert!(of_type(&ev, PloverType::Reject).is_empty(), "{ev:#?}");
    let ev = code("وحل تحالف سائرون في المركز الأول في الانتخابات.");
    assert!(of_type(&ev, PloverType::Cooperate).is_empty(), "{ev:#?}");
    // the verb with its partner still is
    let ev = code("وتحالفت الحكومة العراقية مع إيران.");
    assert!(!of_type(&ev, PloverType::Cooperate).is_empty(), "{ev:#?}");
}

#[test]
fn raids_detention_orders_and_agreeing_with_each_other_are_events() {
    let ev = code("وداهمت قوات الأمن التركية منزل الصحفي في أنقرة.");
    assert!(!of_cameo(&ev, "171").is_empty(), "{ev:#?}");
    // the adjective `داهم` (imminent) is no raid
    let ev = code("وحذر الوزير من خطر داهم يهدد المنطقة.");
    assert!(of_cameo(&ev, "171").is_empty(), "{ev:#?}");
    let ev = code("وأصدرت النيابة العامة المصرية قرارا بحبس المرشح السابق.");
    assert!(!of_cameo(&ev, "173").is_empty(), "{ev:#?}");
    let ev = code("وتوافقت الحكومة الباكستانية والمعارضة على اسم رئيس الوزراء.");
    assert!(!of_type(&ev, PloverType::Agree).is_empty(), "{ev:#?}");
}

#[test]
fn a_countrys_adjective_read_as_a_subject_is_no_topic_for_later_dropped_subjects() {
    // `إيراني` describes the behaviour; the next sentence's dropped subject is the minister
    let ev = code(
        "والتقى وزير الخارجية الأمريكي نظيره البريطاني.\n\n\
         وانتقد سلوك إيراني في المنطقة.\n\n\
         وهدد بفرض عقوبات جديدة.",
    );
    let threat = of_type(&ev, PloverType::Threaten);
    assert!(!threat.is_empty(), "{ev:#?}");
    assert!(
        threat
            .iter()
            .all(|e| country(&e.source).as_deref() == Some("USA")),
        "{ev:#?}"
    );
}

#[test]
fn an_unknown_name_after_the_verb_before_its_bi_complement_is_the_subject() {
    // `أبوالفتوح` is no dictionary's: the demand is his, not the earlier government's
    let ev = code(
        "وقالت الحكومة المصرية إن الأمن مستتب.\n\n\
         وطالب أبوالفتوح بالإفراج عن المعتقلين.",
    );
    let demand = of_type(&ev, PloverType::Request);
    assert!(!demand.is_empty(), "{ev:#?}");
    assert!(
        demand
            .iter()
            .all(|e| country(&e.source).as_deref() != Some("EGY")),
        "{ev:#?}"
    );
}

#[test]
fn the_one_threatened_is_the_target_of_the_act_threatened_not_its_agent() {
    // the administration threatens Iran with sanctions: the sanctions would be the
    // administration's, on Iran
    let ev = code("وهددت إدارة ترامب إيران بفرض عقوبات جديدة.");
    assert_eq!(
        pairs(&ev, PloverType::Threaten),
        vec![("USA".into(), "IRN".into())],
        "{ev:#?}"
    );
    let sanction = of_type(&ev, PloverType::Sanction);
    assert!(!sanction.is_empty(), "{ev:#?}");
    assert!(
        sanction
            .iter()
            .all(|e| country(&e.source).as_deref() == Some("USA")
                && country(&e.target).as_deref() == Some("IRN")),
        "{ev:#?}"
    );
}

#[test]
fn a_country_named_like_its_capital_after_a_meeting_noun_is_the_venue() {
    // `قمة سنغافورة`, like `قمة هلسنكي`: where, not who
    let ev = code("وعقدت قمة سنغافورة في يونيو الماضي.");
    assert!(!of_type(&ev, PloverType::Consult).is_empty(), "{ev:#?}");
    assert!(
        ev.iter().all(|e| [&e.source, &e.target]
            .iter()
            .all(|a| country(a).as_deref() != Some("SGP"))),
        "{ev:#?}"
    );
}

#[test]
fn protesters_against_a_country_are_not_its_citizens() {
    // the one country named is what the crowd protests against
    let ev = code("وتجمع عشرات المحتجين قرب القنصلية ورفعوا لافتات معادية لفرنسا.");
    let p = of_type(&ev, PloverType::Protest);
    assert!(!p.is_empty(), "{ev:#?}");
    assert!(p.iter().all(|e| country(&e.source).is_none()), "{ev:#?}");
    // where the protest took place still tells
    let ev = code("وتجمع عشرات المحتجين في باريس ورفعوا لافتات معادية لفرنسا.");
    assert!(
        of_type(&ev, PloverType::Protest)
            .iter()
            .any(|e| country(&e.source).as_deref() == Some("FRA")),
        "{ev:#?}"
    );
}

#[test]
fn a_scope_after_ala_is_no_addressee() {
    // `على مستوى البلاد` says how wide, not to whom
    let ev = code("ودعت النقابات إلى إضراب شامل على مستوى تونس الأسبوع المقبل.");
    let r = of_type(&ev, PloverType::Request);
    assert!(!r.is_empty(), "{ev:#?}");
    assert!(r.iter().all(|e| e.target.is_none()), "{ev:#?}");
    let ev = code("وستجري المحادثات على مستوى الوزراء بين مصر والسودان.");
    assert_eq!(
        pairs(&ev, PloverType::Consult),
        vec![("EGY".into(), "SDN".into()), ("SDN".into(), "EGY".into())],
        "{ev:#?}"
    );
}

#[test]
fn an_event_called_off_does_not_take_place() {
    for text in [
        "وألغت الحكومة المحادثات مع المعارضة في اللحظة الأخيرة.",
        "وأعلن البيت الأبيض تأجيل القمة مع كوريا الجنوبية.",
    ] {
        let ev = code(text);
        let c = of_type(&ev, PloverType::Consult);
        assert!(
            !c.is_empty() && c.iter().all(|e| e.negated),
            "{text}: {ev:#?}"
        );
    }
    // the verb's subject between it and the act
    let ev = code("وعلقت اليابان المساعدات الاقتصادية لميانمار.");
    let a = of_type(&ev, PloverType::Aid);
    assert!(!a.is_empty() && a.iter().all(|e| e.negated), "{ev:#?}");
    // easing sanctions is no sanction
    let ev = code("وطالبت كوبا بتخفيف العقوبات الأمريكية.");
    assert!(
        of_type(&ev, PloverType::Sanction).iter().all(|e| e.negated),
        "{ev:#?}"
    );
    // a meeting ended has taken place
    let ev = code("وأنهى الوزيران اجتماعهما في عمان مساء الأحد.");
    let c = of_type(&ev, PloverType::Consult);
    assert!(!c.is_empty() && c.iter().all(|e| !e.negated), "{ev:#?}");
}

#[test]
fn still_is_no_negation_and_qad_before_an_imperfect_is_may() {
    // `لا يزال` / `ما زالت`: going on
    for text in [
        "ولا يزال الجيش يقصف أحياء المدينة.",
        "وما زالت القوات تحاصر البلدة منذ أسابيع.",
    ] {
        let ev = code(text);
        assert!(
            !ev.is_empty() && ev.iter().all(|e| !e.negated),
            "{text}: {ev:#?}"
        );
    }
    // `قد` + imperfect: may; `قد` + perfect: has
    let ev = code("وقد ترفض الحكومة المقترح الأوروبي.");
    let r = of_type(&ev, PloverType::Reject);
    assert!(!r.is_empty() && r.iter().all(|e| e.hypothetical), "{ev:#?}");
    let ev = code("وقد رفضت الحكومة المقترح الأوروبي.");
    let r = of_type(&ev, PloverType::Reject);
    assert!(
        !r.is_empty() && r.iter().all(|e| !e.hypothetical),
        "{ev:#?}"
    );
    // the first-person future
    let ev = code("وقال الوزير: سأزور دمشق قريبا.");
    let c = of_type(&ev, PloverType::Consult);
    assert!(!c.is_empty() && c.iter().all(|e| e.hypothetical), "{ev:#?}");
}

#[test]
fn officials_acting_on_a_country_take_not_its_nationality() {
    // the one country named is the addressee: the officials are not its own
    let ev = code("وطالب مسؤولون كبار البرازيل بتسليم المتهمين.");
    let r = of_type(&ev, PloverType::Request);
    assert!(!r.is_empty(), "{ev:#?}");
    assert!(
        r.iter()
            .all(|e| country(&e.target).as_deref() == Some("BRA") && country(&e.source).is_none()),
        "{ev:#?}"
    );
}

#[test]
fn withdrawing_from_a_treaty_is_rejecting_it_and_its_genitive_agent_stays_under_announcement() {
    let ev = code("وأعلن الرئيس انسحاب كندا من المعاهدة الدولية.");
    let r = of_type(&ev, PloverType::Reject);
    assert!(
        r.iter()
            .any(|e| country(&e.source).as_deref() == Some("CAN")),
        "{ev:#?}"
    );
    assert!(of_type(&ev, PloverType::Retreat).is_empty(), "{ev:#?}");
    // troops withdrawing is still a retreat
    let ev = code("وانسحبت القوات التركية من البلدة الحدودية.");
    assert!(!of_type(&ev, PloverType::Retreat).is_empty(), "{ev:#?}");
    assert!(of_type(&ev, PloverType::Reject).is_empty(), "{ev:#?}");
}

#[test]
fn an_attack_launched_by_a_civic_person_or_told_by_its_tone_is_criticism() {
    for text in [
        "وشن الرئيس الفرنسي هجوما جديدا على الصحافة المحلية.",
        "وشنت الحكومة هجوما حادا على منظمات حقوق الإنسان.",
    ] {
        let ev = code(text);
        assert!(
            of_type(&ev, PloverType::Assault).is_empty() && !of_cameo(&ev, "111").is_empty(),
            "{text}: {ev:#?}"
        );
    }
    // armed subjects and attacks of a kind stay attacks
    fires_in_each(
        &[
            "وشن الجيش هجوما جديدا على مواقع المتمردين.",
            "وشن الرئيس السابق هجوما انتحاريا على السوق.",
        ],
        PloverType::Assault,
    );
}

#[test]
fn a_document_speaks_for_its_author_and_the_quoted_for_the_quoter() {
    let text = "واتهم تقرير جديد لمنظمة هيومن رايتس ووتش الشرطة المصرية بتعذيب المعتقلين.\n\
                وذكر التقرير أن الشرطة اعتقلت مئات الطلاب في القاهرة.";
    let ev = code(text);
    let acc = of_type(&ev, PloverType::Accuse);
    assert!(
        acc.iter()
            .any(|e| sector(&e.source).as_deref() == Some("HRI")
                && country(&e.target).as_deref() == Some("EGY")),
        "{ev:#?}"
    );
    // the bare `التقرير` of the next sentence speaks for the same author
    let arrest: Vec<_> = ev
        .iter()
        .filter(|e| e.sentence == 1 && e.event_type == PloverType::Coerce)
        .collect();
    assert!(
        !arrest.is_empty()
            && arrest.iter().all(|e| e
                .attribution
                .claimed_by
                .as_ref()
                .and_then(|c| c.sector)
                .is_some_and(|s| s.as_str() == "HRI")),
        "{ev:#?}"
    );
    // `نقل X عن Y`: Y is quoted
    let ev = code("ونقلت صحيفة الأهرام عن وزير الداخلية المصري قوله إن الشرطة اعتقلت عشرة مسلحين.");
    let c = of_type(&ev, PloverType::Coerce);
    assert!(
        !c.is_empty()
            && c.iter().all(|e| e
                .attribution
                .claimed_by
                .as_ref()
                .and_then(|c| c.sector)
                .is_some_and(|s| s.as_str() == "GOV")),
        "{ev:#?}"
    );
    // `يذكر أن`: the writer's own voice
    let ev = code("وقال الوزير إن الوضع مستقر. ويذكر أن الجيش قصف المدينة الأسبوع الماضي.");
    let a: Vec<_> = ev.iter().filter(|e| e.sentence == 1).collect();
    assert!(
        !a.is_empty() && a.iter().all(|e| e.attribution.claimed_by.is_none()),
        "{ev:#?}"
    );
}

#[test]
fn the_two_is_no_monday_and_a_suffered_attack_with_a_pronoun_is_no_aim() {
    let coder = Coder::embedded().expect("embedded lexicon");
    let doc = |text: &'static str| Document {
        id: "t",
        text,
        date: chrono::NaiveDate::from_ymd_opt(2019, 3, 7),
    };
    // `إن الاثنين، وهما …`: the two
    let ev = coder
        .code(&doc(
            "وقال المتحدث إن الاثنين، وهما صحفيان، أصيبا بعد تعرضهما لهجوم في الطريق.",
        ))
        .events;
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty(), "{ev:#?}");
    assert!(
        a.iter()
            .all(|e| e.date.map(|d| d.to_string()).as_deref() == Some("2019-03-07")),
        "{ev:#?}"
    );
    assert!(a.iter().all(|e| !e.hypothetical), "{ev:#?}");
    // a Monday is still a Monday
    let ev = coder.code(&doc("وقتل جندي في هجوم يوم الاثنين.")).events;
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .any(|e| e.date.map(|d| d.to_string()).as_deref() == Some("2019-03-04")),
        "{ev:#?}"
    );
}

#[test]
fn trigger_words_inside_names_programmes_and_fires_make_no_event() {
    for text in [
        "ووقعت الحكومة على اتفاقية حظر الألغام الأرضية.",
        "وتمكن رجال الإطفاء من السيطرة على الحريق في المخزن.",
        "وتخشى الدول المجاورة من برنامج الصواريخ الباليستية للبلاد.",
        "وشارك الجيش في مناورات تهدف إلى مواجهة أي تهديدات خارجية.",
    ] {
        let ev = code(text);
        assert!(
            ev.iter().all(|e| !matches!(
                e.event_type,
                PloverType::Sanction | PloverType::Coerce | PloverType::Assault
            )),
            "{text}: {ev:#?}"
        );
    }
    // the plain senses still fire
    let ev = code("وسيطر المتمردون على المدينة بعد معارك عنيفة.");
    assert!(!of_type(&ev, PloverType::Coerce).is_empty(), "{ev:#?}");
    let ev = code("وفرضت الحكومة حظرا على استيراد السيارات.");
    assert!(!of_type(&ev, PloverType::Sanction).is_empty(), "{ev:#?}");
}

#[test]
fn what_a_protest_is_against_is_found_past_the_place_it_stood_at() {
    let ev = code(
        "واعتصم العشرات أمام مبنى المحافظة في وسط مدينة حلب احتجاجا على قرار الحكومة السورية.",
    );
    let p = of_type(&ev, PloverType::Protest);
    assert!(!p.is_empty(), "{ev:#?}");
    assert!(
        p.iter()
            .all(|e| country(&e.target).as_deref() == Some("SYR")
                && sector(&e.target).as_deref() == Some("GOV")
                && e.target
                    .as_ref()
                    .is_some_and(|t| t.text.contains("الحكومة"))),
        "{ev:#?}"
    );
}

#[test]
fn military_sources_speak_for_the_army_and_are_no_later_subject() {
    let text = "وقالت مصادر عسكرية تركية إن الطائرات قصفت مواقع المسلحين.\n\
                واستهدفت المدفعية مخازن الأسلحة في المنطقة.";
    let ev = code(text);
    let first: Vec<_> = ev.iter().filter(|e| e.sentence == 0).collect();
    assert!(
        !first.is_empty()
            && first.iter().all(|e| e
                .attribution
                .claimed_by
                .as_ref()
                .is_some_and(|c| c.country.is_some_and(|x| x.as_str() == "TUR")
                    && c.sector.is_some_and(|s| s.as_str() == "MIL"))),
        "{ev:#?}"
    );
    // the sources are not who shelled in the next sentence
    assert!(
        ev.iter()
            .filter(|e| e.sentence == 1)
            .all(|e| !e.source.as_ref().is_some_and(|s| s.text.contains("مصادر"))),
        "{ev:#?}"
    );
}

#[test]
fn asking_to_stay_unnamed_is_no_request() {
    for text in [
        "وقال ضابط في الشرطة طلب عدم الكشف عن هويته إن الوضع هادئ.",
        "وقال مسؤول حكومي طالبا عدم نشر اسمه إن المفاوضات متعثرة.",
    ] {
        let ev = code(text);
        assert!(
            of_type(&ev, PloverType::Request).is_empty(),
            "{text}: {ev:#?}"
        );
    }
    let ev = code("وطالبت المنظمة الحكومة بالكشف عن مصير المعتقلين.");
    assert!(!of_type(&ev, PloverType::Request).is_empty(), "{ev:#?}");
}

#[test]
fn a_condemnation_naming_no_one_aims_at_the_agent_of_the_act_condemned() {
    let ev = code("واستنكرت الحكومة الأردنية القصف السوري لمدينة درعا.");
    let acc = of_type(&ev, PloverType::Accuse);
    assert!(
        acc.iter()
            .any(|e| country(&e.source).as_deref() == Some("JOR")
                && country(&e.target).as_deref() == Some("SYR")),
        "{ev:#?}"
    );
    // one that names its target keeps it
    let ev = code("وانتقدت فرنسا روسيا بسبب القصف السوري لمدينة درعا.");
    let acc = of_type(&ev, PloverType::Accuse);
    assert!(
        !acc.is_empty()
            && acc
                .iter()
                .all(|e| country(&e.target).as_deref() == Some("RUS")),
        "{ev:#?}"
    );
}

#[test]
fn a_relative_support_verb_with_its_pronoun_on_bi_names_the_nouns_agent() {
    let ev = code("وانتقد التقرير المداهمات التي تقوم بها الشرطة الباكستانية في القرى.");
    let c = of_type(&ev, PloverType::Coerce);
    assert!(
        c.iter()
            .any(|e| country(&e.source).as_deref() == Some("PAK")
                && sector(&e.source).as_deref() == Some("COP")),
        "{ev:#?}"
    );
}

#[test]
fn an_arrest_with_alqabd_ala_takes_the_person_after_ala_as_its_target() {
    for (text, want) in [
        (
            "ألقت الشرطة المصرية القبض على صحفي فرنسي في القاهرة.",
            "FRA",
        ),
        (
            "وتمكنت قوات الأمن من إلقاء القبض على ثلاثة طلاب أردنيين.",
            "JOR",
        ),
    ] {
        let ev = code(text);
        let c = of_type(&ev, PloverType::Coerce);
        assert!(
            c.iter()
                .any(|e| country(&e.target).as_deref() == Some(want)),
            "{text}: {ev:#?}"
        );
    }
    // suspects are actors too
    let ev = code("واعتقلت الشرطة البلجيكية مشتبها به في بروكسل.");
    let c = of_type(&ev, PloverType::Coerce);
    assert!(
        c.iter()
            .any(|e| sector(&e.target).as_deref() == Some("CRM")),
        "{ev:#?}"
    );
}

#[test]
fn an_attack_the_suspects_are_held_for_is_not_the_arresting_polices() {
    let ev = code("واعتقلت الشرطة الألمانية ثلاثة مشتبه بهم في التفجير الذي وقع قرب الملعب.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty(), "{ev:#?}");
    assert!(
        a.iter()
            .all(|e| sector(&e.source).as_deref() != Some("COP")),
        "{ev:#?}"
    );
}

#[test]
fn a_verbal_noun_with_its_patients_pronoun_after_tamma_has_the_subject_as_target() {
    let ev = code("وقال المتحدث إن الصحفي الفرنسي تم اعتقاله في مطار القاهرة.");
    let c = of_type(&ev, PloverType::Coerce);
    assert!(
        !c.is_empty()
            && c.iter()
                .all(|e| country(&e.target).as_deref() == Some("FRA") && e.source.is_none()),
        "{ev:#?}"
    );
}

#[test]
fn the_one_whose_release_is_announced_is_the_target_not_the_agent() {
    let ev = code("وتم إطلاق سراح الصحفي الفرنسي بعد أسبوع.");
    let r = of_type(&ev, PloverType::Retreat);
    assert!(
        r.iter()
            .any(|e| country(&e.target).as_deref() == Some("FRA")),
        "{ev:#?}"
    );
    assert!(r.iter().all(|e| e.source.is_none()), "{ev:#?}");
    // with the support verb's subject between the verb and `سراح`
    let ev = code("وأطلقت السلطات التركية سراح الصحفي الفرنسي.");
    let r = of_type(&ev, PloverType::Retreat);
    assert!(
        r.iter()
            .any(|e| country(&e.source).as_deref() == Some("TUR")
                && country(&e.target).as_deref() == Some("FRA")),
        "{ev:#?}"
    );
}

#[test]
fn a_protest_noun_before_fi_and_a_city_is_an_event_not_an_actor() {
    fires_in_each(
        &[
            "ونظم الطلاب مظاهرة في الخرطوم.",
            "واندلعت احتجاجات في عمان مساء الخميس.",
        ],
        PloverType::Protest,
    );
}

#[test]
fn a_meeting_noun_with_a_possessive_hamza_before_its_pronoun_still_fires() {
    // `لقائه`: the hamza of `لقاء` sits on ي before a pronoun (`لقاؤه` on و)
    fires_in_each(
        &[
            "وبحث وزير الخارجية الروسي خلال لقائه نظيره الصيني الأزمة.",
            "وقال إن لقاؤه مع الرئيس الصيني كان مثمرا.",
        ],
        PloverType::Consult,
    );
}

#[test]
fn the_actor_after_a_verbal_noun_with_a_possessive_is_its_object() {
    // `تزويدها الحوثيين`: "her supplying the Houthis" — the Houthis receive
    let ev = code("وانتقدت السعودية إيران بسبب تزويدها الحوثيين بالصواريخ.");
    let aid = of_type(&ev, PloverType::Aid);
    assert!(
        !aid.is_empty()
            && aid
                .iter()
                .all(|e| country(&e.target).as_deref() == Some("YEM")
                    && country(&e.source).as_deref() != Some("YEM")),
        "{ev:#?}"
    );
}

#[test]
fn a_prison_sentence_is_the_courts_act_on_the_one_sentenced() {
    for text in [
        "حكمت محكمة تركية على صحفي ألماني بالسجن خمس سنوات.",
        "وقضت محكمة تركية، الثلاثاء، بالسجن المؤبد على صحفي ألماني.",
    ] {
        let ev = code(text);
        let c = of_type(&ev, PloverType::Coerce);
        assert!(
            c.iter()
                .any(|e| country(&e.source).as_deref() == Some("TUR")
                    && sector(&e.source).as_deref() == Some("JUD")
                    && country(&e.target).as_deref() == Some("DEU")
                    && !e.background),
            "{text}: {ev:#?}"
        );
    }
    // the penalty a law sets is no sentence
    let ev = code("وهي جريمة يعاقب عليها القانون بالسجن.");
    assert!(of_type(&ev, PloverType::Coerce).is_empty(), "{ev:#?}");
}

#[test]
fn what_one_is_sentenced_for_is_ones_own_act() {
    let ev = code("وقضت محكمة عسكرية بسجن سبعة جنود لتورطهم في قتل مدنيين.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(
        !a.is_empty()
            && a.iter()
                .all(|e| sector(&e.source).as_deref() == Some("MIL")),
        "{ev:#?}"
    );
}

#[test]
fn a_masculine_verb_after_a_comma_takes_a_city_name_after_it_as_its_object() {
    // `واتهم موسكو`: a city or country name is feminine; a masculine verb coordinated after
    // the sentence's first clause shares that clause's subject
    let ev = code("وانتقد وزير الخارجية البريطاني الحكومة السورية، واتهم موسكو بدعمها.");
    let acc: Vec<_> = of_type(&ev, PloverType::Accuse)
        .into_iter()
        .filter(|e| e.trigger.text.contains("اتهم"))
        .collect();
    assert!(
        !acc.is_empty()
            && acc
                .iter()
                .all(|e| country(&e.source).as_deref() == Some("GBR")
                    && country(&e.target).as_deref() == Some("RUS")),
        "{ev:#?}"
    );
}

#[test]
fn a_definite_body_before_a_known_person_is_not_their_title() {
    // `السلطات المصرية محمد مرسي`: the authorities and Morsi, two actors
    let ev = code("واعتقلت السلطات المصرية محمد مرسي.");
    let c = of_type(&ev, PloverType::Coerce);
    assert!(
        c.iter().any(|e| sector(&e.source).as_deref() == Some("GOV")
            && e.target.as_ref().is_some_and(|t| t.text.contains("مرسي"))),
        "{ev:#?}"
    );
}

#[test]
fn an_illness_and_a_detention_centre_are_no_events() {
    for text in [
        "وتوفي 23 شخصا نتيجة الإصابة بالفيروس.",
        "ووضع مئات المهاجرين في مراكز احتجاز بعيدا عن عائلاتهم.",
    ] {
        let ev = code(text);
        assert!(
            of_type(&ev, PloverType::Assault).is_empty()
                && of_type(&ev, PloverType::Coerce).is_empty(),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn a_masculine_verb_takes_no_state_name_after_it_as_its_subject() {
    // countries take a feminine verb (`وطالبت إيران`): after `وطالب` the state is asked
    let ev = code(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده قلقة.\nوطالب إيران بوقف برنامجها الصاروخي.",
    );
    let r = in_sentence(&ev, PloverType::Request, 1);
    assert!(
        !r.is_empty()
            && r.iter()
                .all(|e| country(&e.target).as_deref() == Some("IRN")
                    && country(&e.source).as_deref() != Some("IRN")),
        "{ev:#?}"
    );
    // a bloc is masculine: `دعا الاتحاد الأوروبي` is the EU calling
    let ev = code("ودعا الاتحاد الأوروبي روسيا إلى الانسحاب.");
    let r = of_type(&ev, PloverType::Request);
    assert!(
        r.iter()
            .any(|e| country(&e.source).as_deref() == Some("IGO")
                && country(&e.target).as_deref() == Some("RUS")),
        "{ev:#?}"
    );
}

#[test]
fn a_modal_verb_with_ala_names_the_one_asked() {
    let ev = code("وقال وزير الخارجية الألماني إنه يتعين على روسيا سحب قواتها.");
    let r = of_type(&ev, PloverType::Request);
    assert!(
        r.iter()
            .any(|e| country(&e.source).as_deref() == Some("DEU")
                && country(&e.target).as_deref() == Some("RUS")),
        "{ev:#?}"
    );
}

#[test]
fn a_plural_violent_verb_has_no_subject_after_it() {
    // `وهاجموا الجيش العراقي`: the army is the one attacked, the attackers were named before
    let ev = code("وهاجموا الجيش العراقي في الموصل.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(
        !a.is_empty()
            && a.iter().all(|e| sector(&e.source).as_deref() != Some("MIL")
                && sector(&e.target).as_deref() == Some("MIL")),
        "{ev:#?}"
    );
}

#[test]
fn a_relative_clause_does_not_take_the_dropped_subject_of_the_sentence() {
    // the verb after `التي` has the antecedent as its subject; when that is no actor of the
    // lexicon, the subject is unknown, not whoever was the subject before
    let ev = code(
        "وقال نشطاء إن الوضع متوتر في الشمال.\nووقعت اشتباكات بين الجيش وإحدى المجموعات العديدة التي تطالب بالمزيد من الحكم الذاتي.",
    );
    let r = in_sentence(&ev, PloverType::Request, 1);
    assert!(
        !r.is_empty() && r.iter().all(|e| e.source.is_none()),
        "{ev:#?}"
    );
}

#[test]
fn an_accusative_count_heads_its_partitive_subject_and_object() {
    // `عدداً من قادة المعارضة`: the leaders are the ones arrested
    let ev = code("واعتقلت السلطات السودانية عدداً من قادة المعارضة.");
    let c = of_type(&ev, PloverType::Coerce);
    assert!(
        c.iter().any(|e| sector(&e.source).as_deref() == Some("GOV")
            && sector(&e.target).as_deref() == Some("OPP")),
        "{ev:#?}"
    );
    // `عددا من المسلحين اقتحموا`: the gunmen are the subject before the plural verb
    let ev = code("وقالت الشرطة إن عددا من المسلحين اقتحموا مدرسة في القرية.");
    let c = of_type(&ev, PloverType::Coerce);
    assert!(
        c.iter()
            .any(|e| sector(&e.source).as_deref() == Some("UAF")),
        "{ev:#?}"
    );
}

#[test]
fn a_plain_verbs_subject_is_the_dropped_subject_later_in_its_sentence() {
    // `عرضت` and `أكدت` are no event triggers; their subjects still make the demands
    let ev = code("وعرضت فيه الولايات المتحدة مسودتها، وطالبت بالمساعدات الإنسانية.");
    assert!(all_sources_of(&ev, PloverType::Request, "USA"), "{ev:#?}");
    // (a trigger that spans its complement, `دعت إلى وقف`, has no unknown subject after it)
    let ev = code("وأكدت الخارجية الروسية أهمية الحوار، ودعت إلى وقف القتال.");
    assert!(all_sources_of(&ev, PloverType::Request, "RUS"), "{ev:#?}");
    // (nor one with an event noun behind `بـ` after it, `بانسحاب القوات`)
    let ev = code("وعقدت الحكومة العراقية اجتماعا أمس، وطالبت بانسحاب القوات التركية.");
    assert!(all_sources_of(&ev, PloverType::Request, "IRQ"), "{ev:#?}");
}

#[test]
fn a_plain_verbs_subject_does_not_carry_to_the_next_sentence() {
    let ev = code("وعرضت الولايات المتحدة مسودتها.\nوطالبت بالمساعدات الإنسانية.");
    let r = of_type(&ev, PloverType::Request);
    assert!(
        !r.is_empty() && r.iter().all(|e| e.source.is_none()),
        "{ev:#?}"
    );
}

#[test]
fn a_verb_coordinated_in_the_running_clause_keeps_the_earlier_persons_subject() {
    let ev = code("وصل وزير الخارجية الروسي إلى دمشق والتقى الرئيس السوري بشار الأسد.");
    let c = of_type(&ev, PloverType::Consult);
    assert!(
        c.iter()
            .any(|e| country(&e.source).as_deref() == Some("RUS")
                && country(&e.target).as_deref() == Some("SYR")),
        "{ev:#?}"
    );
    // (an object pronoun on the verb names its subject after it)
    let ev = code("وصل وزير الخارجية الروسي إلى دمشق واستقبله الرئيس السوري بشار الأسد.");
    assert!(all_sources_of(&ev, PloverType::Consult, "SYR"), "{ev:#?}");
}

#[test]
fn a_definite_suspected_after_a_definite_word_is_its_adjective() {
    let ev = code("وطالب الوزير بالتحقيق في الهجوم الكيماوي المشتبه به في دوما.");
    assert!(
        ev.iter()
            .all(|e| sector(&e.source).as_deref() != Some("CRM")
                && sector(&e.target).as_deref() != Some("CRM")),
        "{ev:#?}"
    );
    // a suspect after an actor is one
    let ev = code("واعتقلت الشرطة المشتبه به في الهجوم.");
    let c = of_type(&ev, PloverType::Coerce);
    assert!(
        c.iter()
            .any(|e| sector(&e.target).as_deref() == Some("CRM")),
        "{ev:#?}"
    );
}

#[test]
fn a_verb_phrase_split_by_its_subject_is_still_its_event() {
    let ev = code("قطعت السعودية العلاقات الدبلوماسية مع قطر.");
    assert!(
        of_cameo(&ev, "161")
            .iter()
            .any(|e| country(&e.source).as_deref() == Some("SAU")
                && country(&e.target).as_deref() == Some("QAT")),
        "{ev:#?}"
    );
    // the troops withdrawn are part of the event, not its target
    let ev = code("سحبت روسيا قواتها من سوريا.");
    let r = of_cameo(&ev, "0872");
    assert!(
        !r.is_empty()
            && r.iter()
                .all(|e| country(&e.source).as_deref() == Some("RUS")
                    && country(&e.target).as_deref() != Some("RUS")),
        "{ev:#?}"
    );
    // the protesters dispersed are its target
    let ev = code("فرقت الشرطة المتظاهرين بالغاز المسيل للدموع.");
    assert!(
        of_cameo(&ev, "175")
            .iter()
            .any(|e| sector(&e.source).as_deref() == Some("COP")
                && sector(&e.target).as_deref() == Some("CVL")),
        "{ev:#?}"
    );
    // `نشرته`: published it, no deployment
    let ev = code("وفي مقطع فيديو نشرته وحدة من القوات الخاصة على موقع فيسبوك.");
    assert!(of_type(&ev, PloverType::Mobilize).is_empty(), "{ev:#?}");
}

#[test]
fn a_strike_is_an_event_not_an_actor_and_its_country_adjective_its_forces() {
    // `الغارة` after the subject is what is condemned, not part of the condemner
    let ev = code("وأدان الوزير الغارة على المدرسة.");
    let a = of_type(&ev, PloverType::Accuse);
    assert!(
        !a.is_empty()
            && a.iter()
                .all(|e| sector(&e.source).as_deref() == Some("GOV")),
        "{ev:#?}"
    );
    let ev = code("وتعرضت المدينة لقصف مدفعي من قبل قوات النظام.");
    assert!(!of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    // `غارة إسرائيلية`: Israel's armed forces
    let ev = code("وقتلت غارة إسرائيلية ثلاثة فلسطينيين.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .any(|e| country(&e.source).as_deref() == Some("ISR")
                && sector(&e.source).as_deref() == Some("MIL")),
        "{ev:#?}"
    );
}

#[test]
fn a_meeting_as_the_setting_of_a_statement_is_the_speakers_and_took_place() {
    let ev = code("وأكد الرئيس السيسي خلال استقباله وزير الخارجية الأمريكي أن مصر تدعم السلام.");
    let c = of_type(&ev, PloverType::Consult);
    assert!(
        c.iter()
            .any(|e| country(&e.source).as_deref() == Some("EGY")
                && country(&e.target).as_deref() == Some("USA")
                && !e.background
                && e.attribution.status == rasad_event::Status::Asserted),
        "{ev:#?}"
    );
    let ev = code("وقال الرئيس الفرنسي خلال اتصال هاتفي مع نظيره الروسي إن الوضع خطير.");
    let c = of_type(&ev, PloverType::Consult);
    assert!(
        c.iter()
            .any(|e| country(&e.source).as_deref() == Some("FRA")
                && country(&e.target).as_deref() == Some("RUS")
                && !e.background),
        "{ev:#?}"
    );
}

#[test]
fn holding_territory_is_a_state_and_seizing_it_an_event() {
    let ev = code("وتقع البلدة في مناطق تسيطر عليها قوات سوريا الديمقراطية.");
    assert!(of_cameo(&ev, "192").iter().all(|e| e.background), "{ev:#?}");
    let ev = code("وسيطرت القوات العراقية على المدينة بعد معارك عنيفة.");
    assert!(
        of_cameo(&ev, "192").iter().any(|e| !e.background),
        "{ev:#?}"
    );
}

#[test]
fn fierce_battles_are_battles() {
    // `شرسة` describes fighting as well as words: it makes no attack verbal
    let ev = code("واندلعت اشتباكات شرسة بين الجيش والمسلحين في المدينة.");
    assert!(!of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    assert!(of_type(&ev, PloverType::Accuse).is_empty(), "{ev:#?}");
}

#[test]
fn a_condition_with_lam_is_hypothetical_not_negated() {
    let ev = code("وهددت واشنطن بفرض عقوبات على أنقرة ما لم تفرج عن القس الأمريكي.");
    let r = of_type(&ev, PloverType::Retreat);
    assert!(
        !r.is_empty() && r.iter().all(|e| e.hypothetical && !e.negated),
        "{ev:#?}"
    );
    // a plain `لم` still negates
    let ev = code("ولم تنسحب القوات من المدينة.");
    let r = of_type(&ev, PloverType::Retreat);
    assert!(!r.is_empty() && r.iter().all(|e| e.negated), "{ev:#?}");
}

#[test]
fn the_date_of_what_an_event_has_lasted_since_is_not_its_date() {
    let ev = coder_code_dated(
        "وتقول وزارة الصحة إن القوات قتلت أكثر من 60 فلسطينيا منذ بدأت الاحتجاجات في 30 مارس الماضي.",
        "2018-05-15",
    );
    let a: Vec<_> = ev
        .iter()
        .filter(|e| e.event_type == PloverType::Assault)
        .collect();
    assert!(
        !a.is_empty()
            && a.iter().all(
                |e| e.date.map(|d| d.to_string()).as_deref() == Some("2018-05-15") && !e.historical
            ),
        "{ev:#?}"
    );
}

fn coder_code_dated(text: &str, date: &str) -> Vec<Event> {
    let coder = Coder::embedded().expect("embedded lexicon");
    let date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
    coder
        .code(&Document {
            id: "t",
            text,
            date,
        })
        .events
}

#[test]
fn a_killing_verb_with_an_object_pronoun_is_active() {
    // `قبل أن تقتله الشرطة`: the police killed him, and that is not the attacker's act
    let ev = code("واحتجز رجل رهائن في متجر قبل أن تقتله الشرطة.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(
        a.iter()
            .any(|e| sector(&e.source).as_deref() == Some("COP") && e.cameo.as_str() == "180"),
        "{ev:#?}"
    );
    assert!(
        a.iter()
            .all(|e| sector(&e.target).as_deref() != Some("COP")),
        "{ev:#?}"
    );
    // (a verbal noun with its possessive after `منذ` stays one)
    let ev = code("ومنذ قتلها الرئيس السابق، تشن الميليشيات حملة اعتقالات.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .all(|e| sector(&e.source).as_deref() != Some("GOV")),
        "{ev:#?}"
    );
}

#[test]
fn eliminating_is_no_judiciary_and_a_press_conference_no_journalist() {
    let ev = code("وأعلن الجيش بدء عملية عسكرية للقضاء على المسلحين في المنطقة.");
    assert!(
        ev.iter()
            .all(|e| sector(&e.target).as_deref() != Some("JUD")),
        "{ev:#?}"
    );
    let ev = code("وقال الوزير في مؤتمر صحفي إنه سيزور موسكو.");
    assert!(
        ev.iter()
            .all(|e| sector(&e.source).as_deref() != Some("MED")),
        "{ev:#?}"
    );
    let ev = code("وأكد رئيس الوزراء في تصريحات صحفية دعمه للحكومة العراقية.");
    assert!(
        of_type(&ev, PloverType::Support)
            .iter()
            .all(|e| sector(&e.source).as_deref() == Some("GOV")),
        "{ev:#?}"
    );
    // a journalist is one elsewhere
    let ev = code("واعتقلت الشرطة صحفيا في القاهرة.");
    assert!(
        of_type(&ev, PloverType::Coerce)
            .iter()
            .any(|e| sector(&e.target).as_deref() == Some("MED")),
        "{ev:#?}"
    );
}
