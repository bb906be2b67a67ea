// Temporary experiment harness (cross-validation on the training file).
use rasad_ner::*;
use rasad_text::Analyzer;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let epochs: usize = args.get(1).map_or(20, |s| s.parse().unwrap());
    let text = std::fs::read_to_string("/work/shared/data/ner/anercorp/train.txt").unwrap();
    let sentences = parse_conll(&text, "train").unwrap();
    let mut docs = Vec::new();
    for l in std::fs::read_to_string("/work/shared/data/corpus/ant_news_politics.jsonl").unwrap().lines() {
        let i = l.find("\"text\": \"").unwrap() + 9;
        let body = &l[i..l.len() - 2];
        docs.push(body.replace("\\n", "\n").replace("\\\"", "\""));
    }
    let analyzer = Analyzer::default();
    let extractor = FeatureExtractor::default();
    let corpus = Some(Corpus { documents: &docs, min_count: 3, self_train: false });
    let mfc: u32 = args.get(2).map_or(1, |s| s.parse().unwrap());
    let config = TrainConfig { epochs, min_feature_count: mfc, ..TrainConfig::default() };
    let k = 5;
    let mut total = Scores::default();
    for f in 0..k {
        let (a, b) = (f * sentences.len() / k, (f + 1) * sentences.len() / k);
        let train: Vec<_> = sentences[..a].iter().chain(&sentences[b..]).cloned().collect();
        let model = train_with_corpus(&train, None, &analyzer, &extractor, corpus, &config, |_, _| {}).unwrap();
        let ner = Ner::from_model(model);
        total.merge(&ner.evaluate(&sentences[a..b]));
    }
    print!("{}", total.report());
}
