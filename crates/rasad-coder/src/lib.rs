//! rasad-coder (placeholder: being built)
