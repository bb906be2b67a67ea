//! rasad-lexicon (placeholder: being built)
