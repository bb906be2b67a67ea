//! rasad-event (placeholder: being built)
