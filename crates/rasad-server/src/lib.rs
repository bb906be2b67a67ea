//! rasad-server (placeholder: being built)
