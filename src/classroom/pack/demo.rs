//! The pack `netdojo class host --demo` runs: three subnetting questions, the
//! same for everyone, paced by the teacher. It goes through the same path as any
//! pack, so a demo session writes result files that `class report` reads.

/// The demo pack's text.
///
/// ```
/// use netdojo::classroom::pack::{self, DEMO, Mode};
/// use netdojo::lesson::Library;
/// let pack = pack::read(DEMO, &Library::default()).unwrap();
/// assert_eq!((pack.questions.len(), pack.mode), (3, Mode::Same));
/// ```
pub const DEMO: &str = include_str!("../../../assets/packs/demo.json");

/// How messages and result files name the demo pack, which is not a file.
pub const DEMO_FILE: &str = "(built-in demo)";
