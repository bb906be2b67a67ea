//! rasad-store (placeholder: being built)
