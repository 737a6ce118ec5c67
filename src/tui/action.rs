//! Everything that can happen in the app. Keys, mouse and resize events become
//! actions (through the keymap and the event layer) before `update` sees them.

use super::app::Route;

/// One thing that happened, as `update` understands it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the app.
    Quit,
    /// Close the overlay, or leave the current screen for the one under it.
    Back,
    /// Open or close the key help.
    ToggleHelp,
    /// Switch between English and Japanese.
    ToggleLang,
    /// Show the command line that computes the same result, with its output.
    ShowCli,
    /// Open a screen (from a link, a script or `netdojo screen`).
    Go(Route),

    /// Move the selection (or the view) one row up.
    Up,
    /// Move the selection (or the view) one row down.
    Down,
    /// One step left (text wider than its box).
    Left,
    /// One step right (text wider than its box).
    Right,
    /// One page up.
    PageUp,
    /// One page down.
    PageDown,
    /// To the first row.
    First,
    /// To the last row.
    Last,
    /// Open the selected entry.
    Open,
    /// Start typing a filter for the list.
    StartFilter,
    /// Move to the next input field.
    NextField,
    /// Move to the previous input field.
    PrevField,

    /// A character typed into the focused text field.
    Input(char),
    /// Text pasted into the focused text field.
    Paste(String),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Move the text cursor one character left.
    CursorLeft,
    /// Move the text cursor one character right.
    CursorRight,
    /// Move the text cursor to the start of the field.
    CursorStart,
    /// Move the text cursor to the end of the field.
    CursorEnd,
    /// Empty the focused text field.
    ClearInput,

    /// Make the prefix one bit shorter (a bigger network).
    ShrinkPrefix,
    /// Make the prefix one bit longer (a smaller network).
    GrowPrefix,
    /// Switch a calculator to its next mode (such as how a network is split).
    NextMode,
    /// Load the next built-in example (such as a sample route table).
    NextExample,
    /// Show the screen's next view (such as the MTBF form of the availability screen).
    NextView,
    /// Show the screen's previous view.
    PrevView,
    /// One step forward in a walk-through.
    NextStep,
    /// One step back in a walk-through.
    PrevStep,
    /// Use the next length of a year (365, 365.25, 365.2425 days).
    CycleYear,
    /// Use the other length of a month (30 days, a twelfth of the year).
    CycleMonth,
    /// Turn the screen's one option on or off (such as Don't Fragment).
    ToggleFlag,

    /// Open or close a lesson's table of contents.
    ShowToc,
    /// Start typing a search in the lesson.
    StartSearch,
    /// Move to the next search match.
    NextMatch,
    /// Move to the previous search match.
    PrevMatch,
    /// Practise the skills of the lesson being read.
    Practice,
    // Practice
    /// Open the calculator screen prefilled with the question's values.
    OpenCalc,
    /// Start a new session on the skills missed in this one.
    PracticeMissed,
    /// Start a new session of the same kind.
    PracticeAgain,
    /// Shift wide diagrams left (show more of their left side).
    ScrollLeft,
    /// Shift wide diagrams right (show more of their right side).
    ScrollRight,

    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// The mouse wheel turned up at this column and row.
    ScrollUp(u16, u16),
    /// The mouse wheel turned down at this column and row.
    ScrollDown(u16, u16),
    /// The left mouse button was pressed at this column and row.
    Click(u16, u16),

    // Exam
    /// The clock, as the event loop reads it: `update` never reads one itself.
    Tick(Clock),
    /// Go to the next question of the exam.
    NextQuestion,
    /// Go to the previous question of the exam.
    PrevQuestion,
    /// Open the exam's review page.
    Review,
    /// Ask to submit the exam (or try a failed submission again).
    Submit,
    /// Yes: submit the exam.
    Confirm,
    /// Open the lessons during an exam, if it allows them.
    OpenLessons,
    /// Open the calculators during an exam, if it allows them.
    OpenCalculators,
    /// The event loop wrote the exam's answers: the file, or why it could not.
    ExamStored(Stored),
}

// Exam
/// A reading of the clocks, given to `update` by the event loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock {
    /// Milliseconds since the session began (a monotonic clock).
    pub ms: u64,
    /// Seconds since 1970 (the wall clock, for the finish time of a result).
    pub unix: u64,
}

/// What came of writing an exam's answers to disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// Whether this was the submission (else an autosave).
    pub submitted: bool,
    /// The file written, or one line on why it could not be.
    pub outcome: Result<String, String>,
}
