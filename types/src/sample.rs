//! Deterministic sample objects (being written).
