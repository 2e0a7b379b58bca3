//! The `batch` API group: jobs and cron jobs.

pub mod v1;
