//! Kubernetes `core/v1`: the core API group (pods, services, volumes, nodes, config, ...),
//! split by theme and re-exported flat.

mod config;
mod container;
mod container_status;
mod misc;
mod node;
mod persistent_volume;
mod pod;
mod scheduling;
mod service;
mod volume;

pub use config::*;
pub use container::*;
pub use container_status::*;
pub use misc::*;
pub use node::*;
pub use persistent_volume::*;
pub use pod::*;
pub use scheduling::*;
pub use service::*;
pub use volume::*;
