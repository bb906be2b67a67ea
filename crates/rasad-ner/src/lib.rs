//! rasad-ner (placeholder: being built)
