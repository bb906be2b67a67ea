//! Entity-level scoring with seqeval conventions: an entity counts when its span and type both
//! match exactly; chunks are read from tags by [`chunks`](crate::chunks) (an I-X that does not
//! continue an X chunk starts a new one).

use crate::tag::{chunks, EntityKind, Tag};
use std::fmt::Write;

/// True/false positive and false negative counts per entity type.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    counts: [Counts; 4],
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Gold entities.
    pub fn support(&self) -> usize {
        self.tp + self.fn_
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Scores {
    /// Adds one sentence. `gold` and `pred` must have the same length.
    pub fn add(&mut self, gold: &[Tag], pred: &[Tag]) {
        debug_assert_eq!(gold.len(), pred.len());
        let g = chunks(gold);
        let p = chunks(pred);
        for (r, k) in &p {
            if g.contains(&(r.clone(), *k)) {
                self.counts[*k as usize].tp += 1;
            } else {
                self.counts[*k as usize].fp += 1;
            }
        }
        for (r, k) in &g {
            if !p.contains(&(r.clone(), *k)) {
                self.counts[*k as usize].fn_ += 1;
            }
        }
    }

    /// Adds another set of counts (e.g. of another fold).
    pub fn merge(&mut self, other: &Scores) {
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            a.tp += b.tp;
            a.fp += b.fp;
            a.fn_ += b.fn_;
        }
    }

    pub fn kind(&self, k: EntityKind) -> Counts {
        self.counts[k as usize]
    }

    /// Counts summed over types (micro average).
    pub fn micro(&self) -> Counts {
        self.counts.iter().fold(Counts::default(), |a, c| Counts {
            tp: a.tp + c.tp,
            fp: a.fp + c.fp,
            fn_: a.fn_ + c.fn_,
        })
    }

    /// A table: one row per type and a micro row, then `micro_f1=<value>` as the last line.
    pub fn report(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "type\tprecision\trecall\tf1\tsupport");
        let rows = EntityKind::ALL
            .iter()
            .map(|k| (k.label(), self.kind(*k)))
            .chain([("micro", self.micro())]);
        for (name, c) in rows {
            let _ = writeln!(
                s,
                "{name}\t{:.4}\t{:.4}\t{:.4}\t{}",
                c.precision(),
                c.recall(),
                c.f1(),
                c.support()
            );
        }
        let _ = writeln!(s, "micro_f1={:.4}", self.micro().f1());
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<Tag> {
        s.split_whitespace()
            .map(|t| Tag::parse(t).unwrap())
            .collect()
    }

    #[test]
    fn exact_span_and_type() {
        let mut s = Scores::default();
        // gold: PERS(0..2), LOC(3..4), ORG(5..6)
        // pred: PERS(0..1) wrong span, LOC(3..4) right, MISC(5..6) wrong type
        s.add(
            &tags("B-PERS I-PERS O B-LOC O B-ORG"),
            &tags("B-PERS O O B-LOC O B-MISC"),
        );
        let m = s.micro();
        assert_eq!((m.tp, m.fp, m.fn_), (1, 2, 2));
        assert!((m.precision() - 1.0 / 3.0).abs() < 1e-9);
        assert!((m.recall() - 1.0 / 3.0).abs() < 1e-9);
        assert!((m.f1() - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.kind(EntityKind::Location).f1(), 1.0);
        assert_eq!(s.kind(EntityKind::Person).f1(), 0.0);
        assert_eq!(s.kind(EntityKind::Organisation).support(), 1);
    }

    #[test]
    fn dangling_i_starts_an_entity() {
        let mut s = Scores::default();
        s.add(&tags("O I-LOC O"), &tags("O B-LOC O"));
        assert_eq!(s.micro().f1(), 1.0);
    }

    #[test]
    fn precision_and_recall_differ() {
        let mut s = Scores::default();
        // 2 gold, 4 predicted, 2 right: P = 0.5, R = 1, F1 = 2/3.
        s.add(
            &tags("B-PERS O B-LOC O B-ORG B-ORG"),
            &tags("B-PERS B-MISC B-LOC B-MISC O O"),
        );
        s.add(&tags("O"), &tags("O"));
        let m = s.micro();
        assert_eq!((m.tp, m.fp, m.fn_), (2, 2, 2));
        let mut t = Scores::default();
        t.add(
            &tags("B-PERS O B-LOC O"),
            &tags("B-PERS B-MISC B-LOC B-MISC"),
        );
        let m = t.micro();
        assert!((m.precision() - 0.5).abs() < 1e-9);
        assert!((m.recall() - 1.0).abs() < 1e-9);
        assert!((m.f1() - 2.0 / 3.0).abs() < 1e-9);
        assert!(t.report().ends_with("micro_f1=0.6667\n"));
    }
}
