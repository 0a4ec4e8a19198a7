//! Output formats of a check's findings. Renderers only read; they never decide.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod paths;
pub mod sarif;
