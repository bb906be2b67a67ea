//! rasad-eval (placeholder: being built)
