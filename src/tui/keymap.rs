//! The keymap as data: rows of (context, keys, action, description). The same rows
//! decide what a key does, and produce the help overlay, the hint bar and the keys
//! table of the documentation, so none of them can drift from the others.
//!
//! A screen is in one [`Mode`]: an ordered list of contexts plus, when a text field
//! has the focus, the class of characters that field accepts. A typed character the
//! field accepts goes into the field; every other key is looked up in the rows.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::i18n::{Lang, Msg};

/// A key with the modifiers that matter (Ctrl and Alt; Shift is part of the
/// character itself, so `L` is `Char('L')`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl and Alt only.
    pub mods: KeyModifiers,
}

impl Key {
    /// A plain key.
    pub const fn code(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    /// A plain character.
    pub const fn char(c: char) -> Key {
        Key::code(KeyCode::Char(c))
    }

    /// A character with Ctrl held.
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
        }
    }

    /// The key a terminal event stands for, with Shift folded into characters.
    pub fn from_event(event: &KeyEvent) -> Key {
        let mut mods = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match event.code {
            // Some terminals report Ctrl-C as an upper-case C when Shift is held too.
            KeyCode::Char(c) if !mods.is_empty() => KeyCode::Char(c.to_ascii_lowercase()),
            KeyCode::Char(c) => KeyCode::Char(c),
            other => other,
        };
        if !matches!(code, KeyCode::Char(_)) {
            // Shift-Tab arrives as BackTab already; other Shift combinations are not bound.
            mods &= KeyModifiers::CONTROL | KeyModifiers::ALT;
        }
        Key { code, mods }
    }

    /// How the key is written in help and hints (`Ctrl-C`, `↑`, `Enter`).
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
                c.to_ascii_uppercase().to_string()
            }
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift-Tab".to_string(),
            KeyCode::Backspace => "Backspace".to_string(),
            KeyCode::Delete => "Del".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut label = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            label.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            label.push_str("Alt-");
        }
        label.push_str(&base);
        label
    }
}

/// A group of bindings that are active together; a [`Mode`] stacks several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Everywhere, even while typing.
    Global,
    /// Everywhere no free text is being typed.
    Normal,
    /// Esc goes back (everywhere but filters and overlays, where it closes them).
    Back,
    /// A list to move through and open.
    List,
    /// The home screen.
    Home,
    /// Typing a filter for the home list.
    Filter,
    /// Editing free text (every character goes into the field).
    TextEdit,
    /// Editing a field of addresses or numbers (letters outside it stay commands).
    FieldEdit,
    /// Every calculator (keys that are never typed).
    Calculator,
    /// Calculators whose focused field leaves letters free for commands.
    CalcKeys,
    /// Calculators whose focused field takes every character.
    CalcFree,
    /// Calculators with more than one input.
    Fields,
    /// Calculators with more than one mode.
    CalcModes,
    /// The subnet calculator.
    Subnet,
    /// The route table lookup.
    RouteLookup,
    /// A scrolling overlay (help, command line view).
    Overlay,
    /// Reading a lesson (letters are commands).
    Reader,
    /// The lesson's ends and wide diagrams (keys an input would use otherwise).
    ReaderView,
    /// Scrolling a lesson, also while answering.
    ReaderMove,
    /// Moving between and using the calculators and questions in a lesson.
    Embeds,
    /// Answering a question in a lesson.
    Answer,
    /// Typing a search in a lesson.
    Search,
    /// A lesson's table of contents.
    Toc,
    /// Screens with several views.
    Views,
    /// Stepping through a walk-through.
    Walk,
    /// The availability calculator.
    Avail,
    /// The fragmentation calculator.
    Fragment,
    /// Editing a short number field where the arrow keys step a walk-through.
    NumberEdit,
    // DNS, HTTP, SSH screens
    /// Stepping through a walk-through with the arrow keys only (letters are typed).
    StepArrows,
    /// Editing a multi-line message.
    Editor,
    // Practice
    /// Answering a practice question.
    PracticeAsk,
    /// After a practice answer: its feedback.
    PracticeFeedback,
    /// The summary at the end of a practice session.
    PracticeSummary,
    /// Scrolling practice and statistics.
    PracticeScroll,
    /// Anywhere in a practice session.
    PracticeSession,
    // Exam
    /// A question of an exam.
    Exam,
    /// The review page of an exam.
    ExamReview,
    /// Asking whether to submit an exam.
    ExamConfirm,
    /// An exam once submitted.
    ExamDone,
}

impl Context {
    /// Every context, in the order the help and the documentation list them.
    pub const ALL: &'static [Context] = &[
        Context::Home,
        Context::List,
        Context::Filter,
        Context::Subnet,
        Context::RouteLookup,
        Context::Fields,
        Context::CalcModes,
        Context::CalcKeys,
        Context::CalcFree,
        Context::Calculator,
        Context::FieldEdit,
        Context::TextEdit,
        Context::Overlay,
        Context::Reader,
        Context::ReaderView,
        Context::ReaderMove,
        Context::Embeds,
        Context::Answer,
        Context::Search,
        Context::Toc,
        Context::Back,
        Context::Normal,
        Context::Global,
        Context::Views,
        Context::Walk,
        Context::Avail,
        Context::Fragment,
        Context::NumberEdit,
        // DNS, HTTP, SSH screens
        Context::StepArrows,
        Context::Editor,
        // Practice
        Context::PracticeAsk,
        Context::PracticeFeedback,
        Context::PracticeSummary,
        Context::PracticeScroll,
        Context::PracticeSession,
        // Exam
        Context::Exam,
        Context::ExamReview,
        Context::ExamConfirm,
        Context::ExamDone,
    ];

    /// The heading of this context in the help.
    pub fn title(self) -> Msg {
        match self {
            Context::Global => Msg::CtxGlobal,
            Context::Normal => Msg::CtxNormal,
            Context::Back => Msg::CtxBack,
            Context::List => Msg::CtxList,
            Context::Home => Msg::CtxHome,
            Context::Filter => Msg::CtxFilter,
            Context::TextEdit => Msg::CtxTextEdit,
            Context::FieldEdit => Msg::CtxFieldEdit,
            Context::Calculator => Msg::CtxCalculator,
            Context::CalcKeys => Msg::CtxCalcKeys,
            Context::CalcFree => Msg::CtxCalcFree,
            Context::Fields => Msg::CtxFields,
            Context::CalcModes => Msg::CtxCalcModes,
            Context::Subnet => Msg::CtxSubnet,
            Context::RouteLookup => Msg::CtxRouteLookup,
            Context::Overlay => Msg::CtxOverlay,
            Context::Reader => Msg::CtxReader,
            Context::ReaderView => Msg::CtxReaderView,
            Context::ReaderMove => Msg::CtxReaderMove,
            Context::Embeds => Msg::CtxEmbeds,
            Context::Answer => Msg::CtxAnswer,
            Context::Search => Msg::CtxSearch,
            Context::Toc => Msg::CtxToc,
            Context::Views => Msg::CtxViews,
            Context::Walk => Msg::CtxWalk,
            Context::Avail => Msg::CtxAvail,
            Context::Fragment => Msg::CtxFragment,
            Context::NumberEdit => Msg::CtxFieldEdit,
            // DNS, HTTP, SSH screens
            Context::StepArrows => Msg::CtxStepArrows,
            Context::Editor => Msg::CtxEditor,
            // Practice
            Context::PracticeAsk => Msg::CtxPracticeAsk,
            Context::PracticeFeedback => Msg::CtxPracticeFeedback,
            Context::PracticeSummary => Msg::CtxPracticeSummary,
            Context::PracticeScroll => Msg::CtxPracticeScroll,
            Context::PracticeSession => Msg::CtxPracticeSession,
            // Exam
            Context::Exam => Msg::CtxExam,
            Context::ExamReview => Msg::CtxExamReview,
            Context::ExamConfirm => Msg::CtxExamConfirm,
            Context::ExamDone => Msg::CtxExamDone,
        }
    }
}

/// Which typed characters a focused text field takes for itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharClass {
    /// An address or prefix: hex digits, `.`, `:`, `/` and a space (for
    /// `10.0.0.0 255.255.0.0`), also in their full-width forms, which a Japanese
    /// input method may type and the parser reads as ASCII.
    Address,
    /// Several addresses or prefixes: as [`CharClass::Address`], plus commas.
    AddressList,
    /// A whole number: digits.
    Number,
    /// Whole numbers separated by commas.
    NumberList,
    /// Any printable character.
    Free,
    /// Letters of choices (A to F), digits and commas, also full width: an
    /// answer to a lettered question, leaving every other letter a command.
    Choice,
    /// Whole numbers separated by commas or spaces: digits, `,` and a space (also
    /// full width).
    Numbers,
}

impl CharClass {
    /// Whether a typed character belongs in the field.
    pub fn accepts(self, c: char) -> bool {
        match self {
            CharClass::Address => {
                c.is_ascii_hexdigit()
                    || matches!(c, '.' | ':' | '/' | ' ')
                    || matches!(
                        c,
                        '０'..='９' | 'Ａ'..='Ｆ' | 'ａ'..='ｆ' | '．' | '：' | '／' | '\u{3000}'
                    )
            }
            CharClass::AddressList => CharClass::Address.accepts(c) || matches!(c, ',' | '，'),
            CharClass::Number => c.is_ascii_digit() || matches!(c, '０'..='９'),
            CharClass::NumberList => {
                CharClass::Number.accepts(c) || matches!(c, ',' | ' ' | '，' | '\u{3000}')
            }
            CharClass::Free => !c.is_control(),
            CharClass::Choice => matches!(
                c,
                'a'..='f' | 'A'..='F' | '0'..='9' | ',' | 'ａ'..='ｆ' | 'Ａ'..='Ｆ' | '０'..='９' | '，' | '、'
            ),
            CharClass::Numbers => {
                CharClass::Number.accepts(c) || matches!(c, ',' | '，' | ' ' | '\u{3000}')
            }
        }
    }

    /// What the help says about typing in such a field.
    pub fn help(self) -> Msg {
        match self {
            CharClass::Address => Msg::TypingAddress,
            CharClass::AddressList => Msg::TypingAddressList,
            CharClass::Number => Msg::TypingNumber,
            CharClass::NumberList => Msg::TypingNumberList,
            CharClass::Free => Msg::TypingFree,
            CharClass::Choice => Msg::TypingChoice,
            CharClass::Numbers => Msg::TypingNumbers,
        }
    }
}

/// The bindings active on a screen: contexts in priority order, and the field
/// that takes typed characters, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mode {
    /// Contexts searched in order for a key.
    pub contexts: &'static [Context],
    /// The class of characters that go into the focused field.
    pub text: Option<CharClass>,
}

use Context as X;

/// The contexts of a calculator field that leaves letters to commands.
const CALC_KEYS: &[Context] = &[
    X::Fields,
    X::CalcKeys,
    X::Calculator,
    X::FieldEdit,
    X::Back,
    X::Normal,
    X::Global,
];

/// The contexts of split and VLSM.
const SPLIT_KEYS: &[Context] = &[
    X::CalcModes,
    X::Fields,
    X::CalcKeys,
    X::Calculator,
    X::FieldEdit,
    X::Back,
    X::Normal,
    X::Global,
];

impl Mode {
    /// Moving through the home list.
    pub const HOME: Mode = Mode {
        contexts: &[X::Home, X::List, X::Back, X::Normal, X::Global],
        text: None,
    };
    /// Typing a filter on the home screen.
    pub const HOME_FILTER: Mode = Mode {
        contexts: &[X::Filter, X::TextEdit, X::Global],
        text: Some(CharClass::Free),
    };
    /// The subnet calculator (its one input always has the focus).
    pub const SUBNET: Mode = Mode {
        contexts: &[
            X::Subnet,
            X::CalcKeys,
            X::Calculator,
            X::FieldEdit,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: Some(CharClass::Address),
    };
    /// The route lookup, address field focused.
    pub const ROUTE_ADDRESS: Mode = Mode {
        contexts: &[
            X::RouteLookup,
            X::Fields,
            X::CalcKeys,
            X::Calculator,
            X::FieldEdit,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: Some(CharClass::Address),
    };
    /// A calculator with an address field focused.
    pub const CALC_ADDRESS: Mode = Mode {
        contexts: CALC_KEYS,
        text: Some(CharClass::Address),
    };
    /// A calculator with a list-of-addresses field focused.
    pub const CALC_ADDRESS_LIST: Mode = Mode {
        contexts: CALC_KEYS,
        text: Some(CharClass::AddressList),
    };
    /// A calculator with a number field focused.
    pub const CALC_NUMBER: Mode = Mode {
        contexts: CALC_KEYS,
        text: Some(CharClass::Number),
    };
    /// A calculator with a list-of-numbers field focused.
    pub const CALC_NUMBER_LIST: Mode = Mode {
        contexts: CALC_KEYS,
        text: Some(CharClass::NumberList),
    };
    /// Aggregate and overlap (one list input, always focused).
    pub const AGGREGATE: Mode = Mode {
        contexts: &[
            X::CalcKeys,
            X::Calculator,
            X::FieldEdit,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: Some(CharClass::AddressList),
    };
    /// Split and VLSM, network input focused.
    pub const SPLIT_ADDRESS: Mode = Mode {
        contexts: SPLIT_KEYS,
        text: Some(CharClass::Address),
    };
    /// Split and VLSM, prefix or parts input focused.
    pub const SPLIT_NUMBER: Mode = Mode {
        contexts: SPLIT_KEYS,
        text: Some(CharClass::Number),
    };
    /// Split and VLSM, host list input focused.
    pub const SPLIT_LIST: Mode = Mode {
        contexts: SPLIT_KEYS,
        text: Some(CharClass::NumberList),
    };
    /// A calculator with a free-text field focused.
    pub const CALC_FREE: Mode = Mode {
        contexts: &[
            X::Fields,
            X::CalcFree,
            X::Calculator,
            X::TextEdit,
            X::Back,
            X::Global,
        ],
        text: Some(CharClass::Free),
    };
    /// A calculator with a field of numbers focused.
    pub const CALC_NUMBERS: Mode = Mode {
        contexts: CALC_KEYS,
        text: Some(CharClass::Numbers),
    };
    /// The availability calculator (every field takes free text).
    pub const AVAIL: Mode = Mode {
        contexts: &[
            X::Avail,
            X::Views,
            X::Fields,
            X::CalcFree,
            X::Calculator,
            X::TextEdit,
            X::Back,
            X::Global,
        ],
        text: Some(CharClass::Free),
    };
    /// The TCP walk-through: number fields, the arrow keys step.
    pub const TCP_WALK: Mode = Mode {
        contexts: &[
            X::Walk,
            X::Views,
            X::Fields,
            X::CalcKeys,
            X::Calculator,
            X::NumberEdit,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: Some(CharClass::Numbers),
    };
    /// A view with nothing to type, among others.
    pub const VIEW_ONLY: Mode = Mode {
        contexts: &[
            X::Views,
            X::CalcKeys,
            X::Calculator,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: None,
    };
    /// The fragmentation calculator.
    pub const FRAGMENT: Mode = Mode {
        contexts: &[
            X::Fragment,
            X::Views,
            X::Fields,
            X::CalcKeys,
            X::Calculator,
            X::FieldEdit,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: Some(CharClass::Numbers),
    };
    // DNS, HTTP, SSH screens
    /// DNS levels: one free-text name.
    pub const DNS_LEVELS: Mode = Mode {
        contexts: &[
            X::Views,
            X::CalcFree,
            X::Calculator,
            X::TextEdit,
            X::Back,
            X::Global,
        ],
        text: Some(CharClass::Free),
    };
    /// A walk-through over free-text fields: the arrow keys step, letters are typed.
    pub const FREE_WALK: Mode = Mode {
        contexts: &[
            X::StepArrows,
            X::Views,
            X::Fields,
            X::CalcFree,
            X::Calculator,
            X::NumberEdit,
            X::Back,
            X::Global,
        ],
        text: Some(CharClass::Free),
    };
    /// The SSH walk-through: one free-text field, the arrow keys step.
    pub const SSH_WALK: Mode = Mode {
        contexts: &[
            X::StepArrows,
            X::CalcFree,
            X::Calculator,
            X::NumberEdit,
            X::Back,
            X::Global,
        ],
        text: Some(CharClass::Free),
    };
    /// Editing an HTTP message over several lines.
    pub const HTTP_EDIT: Mode = Mode {
        contexts: &[
            X::Editor,
            X::Views,
            X::CalcFree,
            X::TextEdit,
            X::Back,
            X::Global,
        ],
        text: Some(CharClass::Free),
    };
    /// HTTP status codes: a field of numbers among other views.
    pub const HTTP_STATUS: Mode = Mode {
        contexts: &[
            X::Views,
            X::CalcKeys,
            X::Calculator,
            X::FieldEdit,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: Some(CharClass::Numbers),
    };
    // AWS calculators
    /// A calculator with modes, a free-text field focused.
    pub const CALC_FREE_MODES: Mode = Mode {
        contexts: &[
            X::Fields,
            X::CalcModes,
            X::CalcFree,
            X::Calculator,
            X::TextEdit,
            X::Back,
            X::Global,
        ],
        text: Some(CharClass::Free),
    };
    /// A scrolling overlay.
    pub const OVERLAY: Mode = Mode {
        contexts: &[X::Overlay, X::Global],
        text: None,
    };
    /// Reading a lesson.
    pub const READER: Mode = Mode {
        contexts: &[
            X::Reader,
            X::ReaderView,
            X::ReaderMove,
            X::Embeds,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: None,
    };
    /// Answering a lettered question in a lesson: letters of choices are typed,
    /// the other reading keys still work.
    pub const READER_CHOICE: Mode = Mode {
        contexts: &[
            X::Answer,
            X::Embeds,
            X::Reader,
            X::ReaderMove,
            X::FieldEdit,
            X::Normal,
            X::Global,
        ],
        text: Some(CharClass::Choice),
    };
    /// Typing a free answer to a question in a lesson.
    pub const READER_TEXT: Mode = Mode {
        contexts: &[X::Answer, X::Embeds, X::ReaderMove, X::TextEdit, X::Global],
        text: Some(CharClass::Free),
    };
    /// Typing a search in a lesson.
    pub const READER_SEARCH: Mode = Mode {
        contexts: &[X::Search, X::TextEdit, X::Global],
        text: Some(CharClass::Free),
    };
    /// A lesson's table of contents.
    pub const READER_TOC: Mode = Mode {
        contexts: &[X::Toc, X::Global],
        text: None,
    };

    // Practice
    /// A practice question answered by letters of choices.
    pub const PRACTICE_CHOICE: Mode = Mode {
        contexts: &[
            X::PracticeAsk,
            X::PracticeScroll,
            X::PracticeSession,
            X::FieldEdit,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: Some(CharClass::Choice),
    };
    /// A practice question answered by typing a value.
    pub const PRACTICE_TEXT: Mode = Mode {
        contexts: &[
            X::PracticeAsk,
            X::PracticeScroll,
            X::PracticeSession,
            X::TextEdit,
            X::Back,
            X::Global,
        ],
        text: Some(CharClass::Free),
    };
    /// The feedback on a practice answer.
    pub const PRACTICE_FEEDBACK: Mode = Mode {
        contexts: &[
            X::PracticeFeedback,
            X::PracticeScroll,
            X::PracticeSession,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: None,
    };
    /// The summary of a practice session.
    pub const PRACTICE_SUMMARY: Mode = Mode {
        contexts: &[
            X::PracticeSummary,
            X::PracticeScroll,
            X::PracticeSession,
            X::Back,
            X::Normal,
            X::Global,
        ],
        text: None,
    };
    /// The statistics screen.
    pub const STATS: Mode = Mode {
        contexts: &[X::PracticeScroll, X::Back, X::Normal, X::Global],
        text: None,
    };
    // Exam
    /// A question of an exam: every printable character goes into the answer.
    pub const EXAM_QUESTION: Mode = Mode {
        contexts: &[X::Exam, X::TextEdit, X::Global],
        text: Some(CharClass::Free),
    };
    /// A question of an exam whose answer can no longer change.
    pub const EXAM_LOCKED: Mode = Mode {
        contexts: &[X::Exam, X::Global],
        text: None,
    };
    /// The review page of an exam.
    pub const EXAM_REVIEW: Mode = Mode {
        contexts: &[X::ExamReview, X::List, X::Global],
        text: None,
    };
    /// Asking whether to submit an exam.
    pub const EXAM_CONFIRM: Mode = Mode {
        contexts: &[X::ExamConfirm, X::Global],
        text: None,
    };
    /// An exam once submitted.
    pub const EXAM_DONE: Mode = Mode {
        contexts: &[X::ExamDone, X::Global],
        text: None,
    };

    /// Every mode, for the tests that look for clashing keys.
    pub const ALL: &'static [Mode] = &[
        Mode::HOME,
        Mode::HOME_FILTER,
        Mode::SUBNET,
        Mode::ROUTE_ADDRESS,
        Mode::CALC_ADDRESS,
        Mode::CALC_ADDRESS_LIST,
        Mode::CALC_NUMBER,
        Mode::CALC_NUMBER_LIST,
        Mode::AGGREGATE,
        Mode::SPLIT_ADDRESS,
        Mode::SPLIT_NUMBER,
        Mode::SPLIT_LIST,
        Mode::CALC_FREE,
        Mode::CALC_FREE_MODES,
        Mode::OVERLAY,
        Mode::READER,
        Mode::READER_CHOICE,
        Mode::READER_TEXT,
        Mode::READER_SEARCH,
        Mode::READER_TOC,
        Mode::CALC_NUMBERS,
        Mode::AVAIL,
        Mode::TCP_WALK,
        Mode::VIEW_ONLY,
        Mode::FRAGMENT,
        // DNS, HTTP, SSH screens
        Mode::DNS_LEVELS,
        Mode::FREE_WALK,
        Mode::SSH_WALK,
        Mode::HTTP_EDIT,
        Mode::HTTP_STATUS,
        // Practice
        Mode::PRACTICE_CHOICE,
        Mode::PRACTICE_TEXT,
        Mode::PRACTICE_FEEDBACK,
        Mode::PRACTICE_SUMMARY,
        Mode::STATS,
        // Exam
        Mode::EXAM_QUESTION,
        Mode::EXAM_LOCKED,
        Mode::EXAM_REVIEW,
        Mode::EXAM_CONFIRM,
        Mode::EXAM_DONE,
    ];

    /// The calculator mode for a focused field of `class`.
    pub fn calculator(class: CharClass) -> Mode {
        match class {
            CharClass::Address => Mode::CALC_ADDRESS,
            CharClass::AddressList => Mode::CALC_ADDRESS_LIST,
            CharClass::Number => Mode::CALC_NUMBER,
            CharClass::NumberList => Mode::CALC_NUMBER_LIST,
            CharClass::Free | CharClass::Choice => Mode::CALC_FREE,
            CharClass::Numbers => Mode::CALC_NUMBERS,
        }
    }

    /// The action a key press means in this mode, if any.
    pub fn resolve(&self, key: Key) -> Option<Action> {
        if let (Some(class), KeyCode::Char(c)) = (self.text, key.code) {
            if key.mods.is_empty() && class.accepts(c) {
                return Some(Action::Input(c));
            }
        }
        self.contexts.iter().find_map(|&context| {
            BINDINGS
                .iter()
                .find(|b| b.context == context && b.keys.contains(&key))
                .map(|b| b.action.clone())
        })
    }

    /// The rows of this mode's contexts, in order, for help and hints.
    pub fn bindings(&self) -> impl Iterator<Item = &'static Binding> + '_ {
        self.contexts
            .iter()
            .flat_map(|&context| BINDINGS.iter().filter(move |b| b.context == context))
    }

    /// The hint bar: the key and short description of the rows marked as hints.
    pub fn hints(&self, lang: Lang) -> Vec<(String, &'static str)> {
        self.bindings()
            .filter_map(|b| {
                let hint = b.hint?;
                let key = b.keys.first().map(Key::label).unwrap_or_default();
                Some((key, lang.text(hint)))
            })
            .collect()
    }
}

/// One row of the keymap.
#[derive(Debug, Clone)]
pub struct Binding {
    /// Where the row applies.
    pub context: Context,
    /// The keys that do it (the first is the one shown in hints).
    pub keys: &'static [Key],
    /// What they do.
    pub action: Action,
    /// What the help says it does.
    pub desc: Msg,
    /// What the hint bar shows for it (often a shorter text), if anything.
    pub hint: Option<Msg>,
}

impl Binding {
    /// The keys of the row as help writes them (`↑ k`).
    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(Key::label)
            .collect::<Vec<_>>()
            .join("/")
    }
}

const UP: Key = Key::code(KeyCode::Up);
const DOWN: Key = Key::code(KeyCode::Down);
const LEFT: Key = Key::code(KeyCode::Left);
const RIGHT: Key = Key::code(KeyCode::Right);
const PGUP: Key = Key::code(KeyCode::PageUp);
const PGDN: Key = Key::code(KeyCode::PageDown);
const HOME: Key = Key::code(KeyCode::Home);
const END: Key = Key::code(KeyCode::End);
const ENTER: Key = Key::code(KeyCode::Enter);
const ESC: Key = Key::code(KeyCode::Esc);
const BACKSPACE: Key = Key::code(KeyCode::Backspace);
const DELETE: Key = Key::code(KeyCode::Delete);
const TAB: Key = Key::code(KeyCode::Tab);
const BACKTAB: Key = Key::code(KeyCode::BackTab);

const fn row(
    context: Context,
    keys: &'static [Key],
    action: Action,
    desc: Msg,
    hint: Option<Msg>,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        desc,
        hint,
    }
}

use Context as C;

/// Every key binding of the app.
pub static BINDINGS: &[Binding] = &[
    // Home
    row(
        C::Home,
        &[Key::char('/')],
        Action::StartFilter,
        Msg::KeyFilter,
        Some(Msg::KeyFilter),
    ),
    // Lists
    row(C::List, &[UP, Key::char('k')], Action::Up, Msg::KeyUp, None),
    row(
        C::List,
        &[DOWN, Key::char('j')],
        Action::Down,
        Msg::KeyDown,
        None,
    ),
    row(C::List, &[PGUP], Action::PageUp, Msg::KeyPageUp, None),
    row(C::List, &[PGDN], Action::PageDown, Msg::KeyPageDown, None),
    row(
        C::List,
        &[HOME, Key::char('g')],
        Action::First,
        Msg::KeyFirst,
        None,
    ),
    row(
        C::List,
        &[END, Key::char('G')],
        Action::Last,
        Msg::KeyLast,
        None,
    ),
    row(
        C::List,
        &[ENTER, RIGHT, Key::char('l')],
        Action::Open,
        Msg::KeyOpen,
        Some(Msg::KeyOpen),
    ),
    // Filter
    row(
        C::Filter,
        &[ESC],
        Action::Back,
        Msg::KeyFilterCancel,
        Some(Msg::KeyFilterCancel),
    ),
    row(
        C::Filter,
        &[ENTER],
        Action::Open,
        Msg::KeyOpen,
        Some(Msg::KeyOpen),
    ),
    row(C::Filter, &[UP], Action::Up, Msg::KeyUp, None),
    row(C::Filter, &[DOWN], Action::Down, Msg::KeyDown, None),
    row(C::Filter, &[PGUP], Action::PageUp, Msg::KeyPageUp, None),
    row(C::Filter, &[PGDN], Action::PageDown, Msg::KeyPageDown, None),
    // Subnet
    row(
        C::Subnet,
        &[Key::char('[')],
        Action::ShrinkPrefix,
        Msg::KeyShrink,
        Some(Msg::KeyShrink),
    ),
    row(
        C::Subnet,
        &[Key::char(']')],
        Action::GrowPrefix,
        Msg::KeyGrow,
        Some(Msg::KeyGrow),
    ),
    // Route lookup
    row(
        C::RouteLookup,
        &[Key::char('t')],
        Action::NextExample,
        Msg::KeyNextTable,
        Some(Msg::KeyNextTable),
    ),
    // Calculators with several inputs
    row(
        C::Fields,
        &[TAB],
        Action::NextField,
        Msg::KeyNextField,
        Some(Msg::KeyNextField),
    ),
    row(
        C::Fields,
        &[BACKTAB],
        Action::PrevField,
        Msg::KeyPrevField,
        None,
    ),
    // Calculators with modes
    row(
        C::CalcModes,
        &[Key::ctrl('t')],
        Action::NextMode,
        Msg::KeyNextMode,
        Some(Msg::KeyNextMode),
    ),
    // Calculators: letters are free for commands
    row(
        C::CalcKeys,
        &[Key::char('y')],
        Action::ShowCli,
        Msg::KeyShowCli,
        Some(Msg::KeyShowCli),
    ),
    row(
        C::CalcKeys,
        &[Key::char('k')],
        Action::Up,
        Msg::KeyScrollUp,
        None,
    ),
    row(
        C::CalcKeys,
        &[Key::char('j')],
        Action::Down,
        Msg::KeyScrollDown,
        None,
    ),
    // Calculators: every letter is typed
    row(
        C::CalcFree,
        &[Key::ctrl('y')],
        Action::ShowCli,
        Msg::KeyShowCli,
        Some(Msg::KeyShowCli),
    ),
    // Calculators
    row(C::Calculator, &[UP], Action::Up, Msg::KeyScrollUp, None),
    row(
        C::Calculator,
        &[DOWN],
        Action::Down,
        Msg::KeyScrollDown,
        None,
    ),
    row(C::Calculator, &[PGUP], Action::PageUp, Msg::KeyPageUp, None),
    row(
        C::Calculator,
        &[PGDN],
        Action::PageDown,
        Msg::KeyPageDown,
        None,
    ),
    // Fields of addresses: letters that cannot be part of one stay commands.
    row(
        C::FieldEdit,
        &[BACKSPACE],
        Action::Backspace,
        Msg::KeyBackspace,
        None,
    ),
    row(
        C::FieldEdit,
        &[DELETE],
        Action::Delete,
        Msg::KeyDelete,
        None,
    ),
    row(
        C::FieldEdit,
        &[LEFT, Key::char('h')],
        Action::CursorLeft,
        Msg::KeyCursorLeft,
        None,
    ),
    row(
        C::FieldEdit,
        &[RIGHT, Key::char('l')],
        Action::CursorRight,
        Msg::KeyCursorRight,
        None,
    ),
    row(
        C::FieldEdit,
        &[HOME, Key::ctrl('a')],
        Action::CursorStart,
        Msg::KeyCursorStart,
        None,
    ),
    row(
        C::FieldEdit,
        &[END, Key::ctrl('e')],
        Action::CursorEnd,
        Msg::KeyCursorEnd,
        None,
    ),
    row(
        C::FieldEdit,
        &[Key::ctrl('u')],
        Action::ClearInput,
        Msg::KeyClear,
        None,
    ),
    // Free text: every printable character is typed.
    row(
        C::TextEdit,
        &[BACKSPACE],
        Action::Backspace,
        Msg::KeyBackspace,
        None,
    ),
    row(C::TextEdit, &[DELETE], Action::Delete, Msg::KeyDelete, None),
    row(
        C::TextEdit,
        &[LEFT],
        Action::CursorLeft,
        Msg::KeyCursorLeft,
        None,
    ),
    row(
        C::TextEdit,
        &[RIGHT],
        Action::CursorRight,
        Msg::KeyCursorRight,
        None,
    ),
    row(
        C::TextEdit,
        &[HOME, Key::ctrl('a')],
        Action::CursorStart,
        Msg::KeyCursorStart,
        None,
    ),
    row(
        C::TextEdit,
        &[END, Key::ctrl('e')],
        Action::CursorEnd,
        Msg::KeyCursorEnd,
        None,
    ),
    row(
        C::TextEdit,
        &[Key::ctrl('u')],
        Action::ClearInput,
        Msg::KeyClear,
        None,
    ),
    // Overlays
    row(
        C::Overlay,
        &[ESC, Key::char('q')],
        Action::Back,
        Msg::KeyClose,
        Some(Msg::KeyClose),
    ),
    row(
        C::Overlay,
        &[Key::char('?')],
        Action::ToggleHelp,
        Msg::KeyHelp,
        None,
    ),
    row(
        C::Overlay,
        &[UP, Key::char('k')],
        Action::Up,
        Msg::KeyScrollUp,
        None,
    ),
    row(
        C::Overlay,
        &[DOWN, Key::char('j')],
        Action::Down,
        Msg::KeyScrollDown,
        Some(Msg::KeyScrollDown),
    ),
    row(
        C::Overlay,
        &[LEFT, Key::char('h')],
        Action::Left,
        Msg::KeyScrollLeft,
        None,
    ),
    row(
        C::Overlay,
        &[RIGHT, Key::char('l')],
        Action::Right,
        Msg::KeyScrollRight,
        None,
    ),
    row(C::Overlay, &[PGUP], Action::PageUp, Msg::KeyPageUp, None),
    row(
        C::Overlay,
        &[PGDN, Key::char(' ')],
        Action::PageDown,
        Msg::KeyPageDown,
        None,
    ),
    row(
        C::Overlay,
        &[HOME, Key::char('g')],
        Action::First,
        Msg::KeyFirst,
        None,
    ),
    row(
        C::Overlay,
        &[END, Key::char('G')],
        Action::Last,
        Msg::KeyLast,
        None,
    ),
    // Reading a lesson
    row(
        C::Reader,
        &[Key::char('j')],
        Action::Down,
        Msg::KeyScrollDown,
        None,
    ),
    row(
        C::Reader,
        &[Key::char('k')],
        Action::Up,
        Msg::KeyScrollUp,
        None,
    ),
    row(
        C::Reader,
        &[Key::char(' ')],
        Action::PageDown,
        Msg::KeyPageDown,
        None,
    ),
    row(
        C::Reader,
        &[Key::char('g')],
        Action::First,
        Msg::KeyTop,
        None,
    ),
    row(
        C::Reader,
        &[Key::char('G')],
        Action::Last,
        Msg::KeyBottom,
        None,
    ),
    row(
        C::Reader,
        &[Key::char('t')],
        Action::ShowToc,
        Msg::KeyToc,
        Some(Msg::KeyToc),
    ),
    row(
        C::Reader,
        &[Key::char('/')],
        Action::StartSearch,
        Msg::KeySearch,
        Some(Msg::KeySearch),
    ),
    row(
        C::Reader,
        &[Key::char('n')],
        Action::NextMatch,
        Msg::KeyNextMatch,
        None,
    ),
    row(
        C::Reader,
        &[Key::char('N')],
        Action::PrevMatch,
        Msg::KeyPrevMatch,
        None,
    ),
    row(
        C::Reader,
        &[Key::char('p')],
        Action::Practice,
        Msg::KeyPractice,
        Some(Msg::KeyPractice),
    ),
    row(C::ReaderView, &[HOME], Action::First, Msg::KeyTop, None),
    row(C::ReaderView, &[END], Action::Last, Msg::KeyBottom, None),
    row(
        C::ReaderView,
        &[LEFT, Key::char('h')],
        Action::ScrollLeft,
        Msg::KeyWideLeft,
        None,
    ),
    row(
        C::ReaderView,
        &[RIGHT, Key::char('l')],
        Action::ScrollRight,
        Msg::KeyWideRight,
        None,
    ),
    row(C::ReaderMove, &[UP], Action::Up, Msg::KeyScrollUp, None),
    row(
        C::ReaderMove,
        &[DOWN],
        Action::Down,
        Msg::KeyScrollDown,
        None,
    ),
    row(C::ReaderMove, &[PGUP], Action::PageUp, Msg::KeyPageUp, None),
    row(
        C::ReaderMove,
        &[PGDN],
        Action::PageDown,
        Msg::KeyPageDown,
        None,
    ),
    row(
        C::Embeds,
        &[TAB],
        Action::NextField,
        Msg::KeyNextEmbed,
        Some(Msg::KeyNextEmbed),
    ),
    row(
        C::Embeds,
        &[BACKTAB],
        Action::PrevField,
        Msg::KeyPrevEmbed,
        None,
    ),
    row(C::Embeds, &[ENTER], Action::Open, Msg::KeyActivate, None),
    row(
        C::Answer,
        &[ESC],
        Action::Back,
        Msg::KeyStopAnswering,
        Some(Msg::KeyStopAnswering),
    ),
    row(
        C::Search,
        &[ENTER],
        Action::Open,
        Msg::KeySearchDone,
        Some(Msg::KeySearchDone),
    ),
    row(
        C::Search,
        &[ESC],
        Action::Back,
        Msg::KeySearchCancel,
        Some(Msg::KeySearchCancel),
    ),
    row(
        C::Toc,
        &[ENTER, RIGHT, Key::char('l')],
        Action::Open,
        Msg::KeyJump,
        Some(Msg::KeyJump),
    ),
    row(
        C::Toc,
        &[ESC, Key::char('q'), Key::char('t')],
        Action::Back,
        Msg::KeyClose,
        Some(Msg::KeyClose),
    ),
    row(C::Toc, &[UP, Key::char('k')], Action::Up, Msg::KeyUp, None),
    row(
        C::Toc,
        &[DOWN, Key::char('j')],
        Action::Down,
        Msg::KeyDown,
        None,
    ),
    row(C::Toc, &[PGUP], Action::PageUp, Msg::KeyPageUp, None),
    row(C::Toc, &[PGDN], Action::PageDown, Msg::KeyPageDown, None),
    row(
        C::Toc,
        &[HOME, Key::char('g')],
        Action::First,
        Msg::KeyFirst,
        None,
    ),
    row(
        C::Toc,
        &[END, Key::char('G')],
        Action::Last,
        Msg::KeyLast,
        None,
    ),
    row(
        C::Toc,
        &[Key::char('?')],
        Action::ToggleHelp,
        Msg::KeyHelp,
        None,
    ),
    row(
        C::Toc,
        &[Key::char('L')],
        Action::ToggleLang,
        Msg::KeyLang,
        None,
    ),
    // Screens with several views
    row(
        C::Views,
        &[Key::ctrl('n')],
        Action::NextView,
        Msg::KeyNextView,
        Some(Msg::KeyNextView),
    ),
    row(
        C::Views,
        &[Key::ctrl('p')],
        Action::PrevView,
        Msg::KeyPrevView,
        None,
    ),
    // Walk-throughs
    row(
        C::Walk,
        &[RIGHT, Key::char('n'), Key::char('l')],
        Action::NextStep,
        Msg::KeyNextStep,
        Some(Msg::KeyNextStep),
    ),
    row(
        C::Walk,
        &[LEFT, Key::char('p'), Key::char('h')],
        Action::PrevStep,
        Msg::KeyPrevStep,
        Some(Msg::KeyPrevStep),
    ),
    // Availability
    row(
        C::Avail,
        &[Key::ctrl('r')],
        Action::CycleYear,
        Msg::KeyYear,
        None,
    ),
    row(
        C::Avail,
        &[Key::ctrl('o')],
        Action::CycleMonth,
        Msg::KeyMonth,
        None,
    ),
    // Fragmentation
    row(
        C::Fragment,
        &[Key::char('d')],
        Action::ToggleFlag,
        Msg::KeyToggleDf,
        Some(Msg::KeyToggleDf),
    ),
    // Short number fields whose arrow keys step a walk-through
    row(
        C::NumberEdit,
        &[BACKSPACE],
        Action::Backspace,
        Msg::KeyBackspace,
        None,
    ),
    row(
        C::NumberEdit,
        &[DELETE],
        Action::Delete,
        Msg::KeyDelete,
        None,
    ),
    row(
        C::NumberEdit,
        &[HOME, Key::ctrl('a')],
        Action::CursorStart,
        Msg::KeyCursorStart,
        None,
    ),
    row(
        C::NumberEdit,
        &[END, Key::ctrl('e')],
        Action::CursorEnd,
        Msg::KeyCursorEnd,
        None,
    ),
    row(
        C::NumberEdit,
        &[Key::ctrl('u')],
        Action::ClearInput,
        Msg::KeyClear,
        None,
    ),
    // DNS, HTTP, SSH screens
    row(
        C::StepArrows,
        &[RIGHT],
        Action::NextStep,
        Msg::KeyNextStep,
        Some(Msg::KeyNextStep),
    ),
    row(
        C::StepArrows,
        &[LEFT],
        Action::PrevStep,
        Msg::KeyPrevStep,
        Some(Msg::KeyPrevStep),
    ),
    row(
        C::Editor,
        &[ENTER],
        Action::Input('\n'),
        Msg::KeyNewLine,
        Some(Msg::KeyNewLine),
    ),
    row(C::Editor, &[UP], Action::Up, Msg::KeyLineUp, None),
    row(C::Editor, &[DOWN], Action::Down, Msg::KeyLineDown, None),
    row(C::Editor, &[PGUP], Action::PageUp, Msg::KeyPageUp, None),
    row(C::Editor, &[PGDN], Action::PageDown, Msg::KeyPageDown, None),
    // Practice
    row(
        C::PracticeAsk,
        &[ENTER],
        Action::Open,
        Msg::KeyCheckAnswer,
        Some(Msg::KeyCheckAnswer),
    ),
    row(
        C::PracticeFeedback,
        &[ENTER, Key::char(' '), Key::char('n')],
        Action::Open,
        Msg::KeyNextQuestion,
        Some(Msg::KeyNextQuestion),
    ),
    row(
        C::PracticeFeedback,
        &[Key::char('c')],
        Action::OpenCalc,
        Msg::KeyOpenCalc,
        Some(Msg::HintOpenCalc),
    ),
    row(
        C::PracticeSummary,
        &[Key::char('m')],
        Action::PracticeMissed,
        Msg::KeyPractiseMissed,
        Some(Msg::HintPractiseMissed),
    ),
    row(
        C::PracticeSummary,
        &[Key::char('r')],
        Action::PracticeAgain,
        Msg::KeyPractiseAgain,
        Some(Msg::HintPractiseAgain),
    ),
    row(
        C::PracticeSession,
        &[Key::ctrl('t')],
        Action::NextMode,
        Msg::KeyNextDifficulty,
        Some(Msg::KeyNextDifficulty),
    ),
    row(C::PracticeScroll, &[UP], Action::Up, Msg::KeyScrollUp, None),
    row(
        C::PracticeScroll,
        &[DOWN],
        Action::Down,
        Msg::KeyScrollDown,
        None,
    ),
    row(
        C::PracticeScroll,
        &[PGUP],
        Action::PageUp,
        Msg::KeyPageUp,
        None,
    ),
    row(
        C::PracticeScroll,
        &[PGDN],
        Action::PageDown,
        Msg::KeyPageDown,
        None,
    ),
    // Exam
    row(
        C::Exam,
        &[ENTER],
        Action::Open,
        Msg::KeyExamAnswer,
        Some(Msg::HintExamAnswer),
    ),
    row(
        C::Exam,
        &[TAB, PGDN],
        Action::NextQuestion,
        Msg::KeyExamNext,
        Some(Msg::HintExamNext),
    ),
    row(
        C::Exam,
        &[BACKTAB, PGUP],
        Action::PrevQuestion,
        Msg::KeyExamPrev,
        Some(Msg::HintExamPrev),
    ),
    row(
        C::Exam,
        &[Key::ctrl('r')],
        Action::Review,
        Msg::KeyExamReview,
        Some(Msg::HintExamReview),
    ),
    row(
        C::Exam,
        &[Key::ctrl('o')],
        Action::OpenLessons,
        Msg::KeyExamLessons,
        None,
    ),
    row(
        C::Exam,
        &[Key::ctrl('k')],
        Action::OpenCalculators,
        Msg::KeyExamCalculators,
        None,
    ),
    row(
        C::ExamReview,
        &[Key::char('s')],
        Action::Submit,
        Msg::KeyExamSubmit,
        Some(Msg::HintExamSubmit),
    ),
    row(
        C::ExamReview,
        &[ESC],
        Action::Back,
        Msg::KeyExamToQuestion,
        Some(Msg::KeyBack),
    ),
    row(
        C::ExamConfirm,
        &[Key::char('y'), ENTER],
        Action::Confirm,
        Msg::KeyExamConfirm,
        Some(Msg::HintExamSubmit),
    ),
    row(
        C::ExamConfirm,
        &[Key::char('n'), ESC],
        Action::Back,
        Msg::KeyExamCancel,
        Some(Msg::KeyBack),
    ),
    row(
        C::ExamDone,
        &[UP, Key::char('k')],
        Action::Up,
        Msg::KeyUp,
        None,
    ),
    row(
        C::ExamDone,
        &[DOWN, Key::char('j')],
        Action::Down,
        Msg::KeyDown,
        None,
    ),
    row(
        C::ExamDone,
        &[Key::char('s')],
        Action::Submit,
        Msg::KeyExamRetry,
        None,
    ),
    row(
        C::ExamDone,
        &[Key::char('q'), ESC, ENTER],
        Action::Quit,
        Msg::KeyExamLeave,
        Some(Msg::KeyExamLeave),
    ),
    // Leaving a screen
    row(
        C::Back,
        &[ESC],
        Action::Back,
        Msg::KeyBack,
        Some(Msg::KeyBack),
    ),
    // Anywhere nothing is being typed
    row(
        C::Normal,
        &[Key::char('?')],
        Action::ToggleHelp,
        Msg::KeyHelp,
        Some(Msg::KeyHelp),
    ),
    row(
        C::Normal,
        &[Key::char('L')],
        Action::ToggleLang,
        Msg::KeyLang,
        Some(Msg::HintLang),
    ),
    row(
        C::Normal,
        &[Key::char('q')],
        Action::Quit,
        Msg::KeyQuit,
        Some(Msg::KeyQuit),
    ),
    // Everywhere
    row(
        C::Global,
        &[Key::ctrl('c')],
        Action::Quit,
        Msg::KeyQuit,
        None,
    ),
    row(
        C::Global,
        &[Key::code(KeyCode::F(1))],
        Action::ToggleHelp,
        Msg::KeyHelp,
        None,
    ),
    row(
        C::Global,
        &[Key::code(KeyCode::F(2))],
        Action::ToggleLang,
        Msg::KeyLang,
        None,
    ),
];

/// The keys table of the documentation, in English, as Markdown.
pub fn markdown_table() -> String {
    let lang = Lang::En;
    let mut out = String::from("| Where | Keys | Action |\n|---|---|---|\n");
    for &context in Context::ALL {
        for b in BINDINGS.iter().filter(|b| b.context == context) {
            let keys = b
                .keys
                .iter()
                .map(|k| format!("`{}`", k.label().replace('|', "\\|")))
                .collect::<Vec<_>>()
                .join(" ");
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                lang.text(context.title()),
                keys,
                lang.text(b.desc)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for &context in Context::ALL {
            let mut seen = HashSet::new();
            for b in BINDINGS.iter().filter(|b| b.context == context) {
                for key in b.keys {
                    assert!(
                        seen.insert(*key),
                        "{} is bound twice in {context:?}",
                        key.label()
                    );
                }
            }
        }
    }

    #[test]
    fn no_key_is_shadowed_within_a_mode() {
        for mode in Mode::ALL {
            let mut seen = HashSet::new();
            for b in mode.bindings() {
                for key in b.keys {
                    assert!(
                        seen.insert(*key),
                        "{} is bound twice in the mode {:?}",
                        key.label(),
                        mode.contexts
                    );
                }
            }
        }
    }

    #[test]
    fn no_binding_is_swallowed_by_its_text_field() {
        for mode in Mode::ALL {
            let Some(class) = mode.text else { continue };
            for b in mode.bindings() {
                for key in b.keys {
                    if let KeyCode::Char(c) = key.code {
                        assert!(
                            !(key.mods.is_empty() && class.accepts(c)),
                            "{} can never fire in {:?}: the field takes it",
                            key.label(),
                            mode.contexts
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_row_has_a_key() {
        for b in BINDINGS {
            assert!(!b.keys.is_empty(), "{:?} has no key", b.desc);
        }
    }

    #[test]
    fn every_context_is_listed_and_used() {
        for b in BINDINGS {
            assert!(
                Context::ALL.contains(&b.context),
                "{:?} is not listed",
                b.context
            );
        }
        for &context in Context::ALL {
            assert!(
                BINDINGS.iter().any(|b| b.context == context),
                "{context:?} has no rows"
            );
            assert!(
                Mode::ALL.iter().any(|m| m.contexts.contains(&context)),
                "{context:?} is in no mode"
            );
        }
    }

    #[test]
    fn every_mode_can_quit_and_get_help() {
        for mode in Mode::ALL {
            assert_eq!(mode.resolve(Key::ctrl('c')), Some(Action::Quit));
            assert_eq!(
                mode.resolve(Key::code(KeyCode::F(1))),
                Some(Action::ToggleHelp)
            );
        }
    }

    #[test]
    fn typed_characters_go_to_the_field_that_takes_them() {
        assert_eq!(
            Mode::SUBNET.resolve(Key::char('a')),
            Some(Action::Input('a'))
        );
        assert_eq!(
            Mode::SUBNET.resolve(Key::char('/')),
            Some(Action::Input('/'))
        );
        assert_eq!(Mode::SUBNET.resolve(Key::char('q')), Some(Action::Quit));
        assert_eq!(
            Mode::SUBNET.resolve(Key::char(']')),
            Some(Action::GrowPrefix)
        );
        assert_eq!(
            Mode::HOME_FILTER.resolve(Key::char('q')),
            Some(Action::Input('q'))
        );
        assert_eq!(
            Mode::HOME_FILTER.resolve(Key::char('?')),
            Some(Action::Input('?'))
        );
        assert_eq!(Mode::HOME.resolve(Key::char('j')), Some(Action::Down));
        assert_eq!(Mode::HOME.resolve(Key::char('x')), None);
    }

    #[test]
    fn shift_is_folded_into_characters_and_ctrl_is_kept() {
        let shifted = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&shifted), Key::char('L'));
        let ctrl = KeyEvent::new(
            KeyCode::Char('C'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        );
        assert_eq!(Key::from_event(&ctrl), Key::ctrl('c'));
        assert_eq!(Key::ctrl('c').label(), "Ctrl-C");
        assert_eq!(Key::code(KeyCode::PageDown).label(), "PgDn");
    }
}
