//! What the live classroom says, in English and Japanese.

use serde::{Deserialize, Serialize};

pub use crate::lang::Lang;

use super::identity::NameError;
use super::model::Refusal;

/// The letter shown for a choice: A, B, C, D.
///
/// ```
/// use netdojo::classroom::live::text::letter;
/// assert_eq!(letter(2), 'C');
/// ```
pub fn letter(choice: usize) -> char {
    u8::try_from(choice)
        .ok()
        .and_then(|c| b'A'.checked_add(c))
        .map_or('?', char::from)
}

/// A name refusal in the student's language.
pub fn name_error(lang: Lang, error: &NameError) -> String {
    match (lang, error) {
        (Lang::En, e) => e.to_string(),
        (Lang::Ja, NameError::Empty) => "名前が空です".into(),
        (Lang::Ja, NameError::TooWide { width }) => {
            format!("名前の幅が {width} 桁あります。20 桁（全角 10 文字）まで入ります")
        }
        (Lang::Ja, NameError::Control) => "名前に制御文字が含まれています".into(),
        (Lang::Ja, NameError::Taken { name }) => {
            format!("「{name}」はもう使われています。別の名前にしてください")
        }
    }
}

/// A refused event in the student's language.
pub fn refusal(lang: Lang, refusal: &Refusal) -> String {
    if lang == Lang::En {
        return refusal.to_string();
    }
    match refusal {
        Refusal::NotOnRoster => "この鍵はクラス名簿にありません".into(),
        Refusal::ClassFull { max } => format!("クラスは満員です（{max} 人）"),
        Refusal::UnknownStudent => "この鍵はまだ参加していません".into(),
        Refusal::NameFixed => "名前はもう決まっています".into(),
        Refusal::Name(e) => name_error(lang, e),
        Refusal::NoName => "先に名前を決めてください".into(),
        Refusal::NotOpen => "この問題はいま回答できません".into(),
        Refusal::TimeUp => "この問題は時間切れです".into(),
        Refusal::AlreadyAnswered => "この問題にはもう回答しています".into(),
        Refusal::NoSuchChoice { choice } => format!("選択肢 {} はありません", letter(*choice)),
        Refusal::OutOfOrder => "問題は順番に答えてください".into(),
        Refusal::RevealFirst => "先に正解を表示してください".into(),
        Refusal::WrongStep => "いまの段階ではできません".into(),
        Refusal::WrongPacing => "この進め方ではできません".into(),
        Refusal::Finished => "セッションは終了しました".into(),
        Refusal::WrongForm => "この問題には別の形で答えてください".into(),
        Refusal::Unreadable { ja, .. } => ja.clone(),
    }
}

/// Why a channel request is refused, as one line for the student's stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelRefusal {
    /// `ssh host command`.
    Exec,
    /// `sftp`, `scp` and other subsystems.
    Subsystem,
    /// A shell without a terminal (`ssh -T`).
    NoPty,
    /// A second session on the same connection.
    SecondSession,
}

impl ChannelRefusal {
    /// The explanation, ending with a newline.
    ///
    /// ```
    /// use netdojo::classroom::live::text::{ChannelRefusal, Lang};
    /// assert!(ChannelRefusal::Exec.message(Lang::En).starts_with("netdojo: "));
    /// assert!(ChannelRefusal::NoPty.message(Lang::En).ends_with('\n'));
    /// ```
    pub fn message(self, lang: Lang) -> String {
        let line = match self {
            ChannelRefusal::Exec => lang.pick(
                "this classroom runs no commands: connect with plain ssh, without a command after the host",
                "この教室ではコマンドを実行できません。ホスト名の後ろにコマンドを付けずに ssh で接続してください",
            ),
            ChannelRefusal::Subsystem => lang.pick(
                "this classroom offers no subsystems (sftp, scp): connect with plain ssh",
                "この教室ではサブシステム（sftp や scp）は使えません。ssh だけで接続してください",
            ),
            ChannelRefusal::NoPty => lang.pick(
                "the quiz needs a terminal: connect without -T (add -t if ssh still gives none)",
                "クイズには端末が必要です。-T を付けずに接続してください（それでも駄目なら -t を付けてください）",
            ),
            ChannelRefusal::SecondSession => lang.pick(
                "one session per connection: open another ssh connection instead",
                "1 つの接続で使えるセッションは 1 つです。別の ssh 接続を開いてください",
            ),
        };
        format!("netdojo: {line}\r\n")
    }
}

/// Requests that are refused while the quiz goes on, shown as a note on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// `ssh -L`, `ssh -R`, `ssh -D`.
    PortForwarding,
    /// `ssh -A`.
    AgentForwarding,
    /// `ssh -X`, `ssh -Y`.
    X11Forwarding,
    /// More name than fits.
    NameTooLong,
}

impl Notice {
    /// The note in a language.
    ///
    /// ```
    /// use netdojo::classroom::live::text::{Lang, Notice};
    /// assert_eq!(Notice::AgentForwarding.text(Lang::En), "Agent forwarding is turned off here (your keys stay on your machine).");
    /// ```
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            Notice::PortForwarding => lang.pick(
                "Port forwarding is turned off here.",
                "この教室ではポート転送は使えません。",
            ),
            Notice::AgentForwarding => lang.pick(
                "Agent forwarding is turned off here (your keys stay on your machine).",
                "エージェント転送は使えません（鍵はあなたのマシンから出ません）。",
            ),
            Notice::X11Forwarding => lang.pick(
                "X11 forwarding is turned off here.",
                "この教室では X11 転送は使えません。",
            ),
            Notice::NameTooLong => lang.pick(
                "Names are at most 20 columns wide.",
                "名前は 20 桁（全角 10 文字）までです。",
            ),
        }
    }
}

/// Why the host ends a student's connection, in their language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Goodbye {
    /// The student left (q, Ctrl-C).
    Left,
    /// The same key connected again elsewhere.
    Replaced,
    /// No key pressed for too long.
    Idle {
        /// The limit, in minutes.
        minutes: u64,
    },
    /// The host is shutting down.
    HostClosing,
    /// The class has no room for another key.
    ClassFull {
        /// The limit.
        max: u32,
    },
    /// Too much input, or input that is not keys.
    Flood,
}

impl Goodbye {
    /// The last line printed after the quiz screen is gone, with the student's
    /// score where it means something.
    pub fn line(self, lang: Lang, score: Option<u64>) -> String {
        let reason = match self {
            Goodbye::Left => lang
                .pick("You left the class.", "クラスから退出しました。")
                .to_string(),
            Goodbye::Replaced => lang
                .pick(
                    "You connected again from another terminal, so this one is closed.",
                    "別の端末から接続し直したので、こちらは閉じました。",
                )
                .to_string(),
            Goodbye::Idle { minutes } => match lang {
                Lang::En => format!("Closed after {minutes} minutes without a key press."),
                Lang::Ja => format!("{minutes} 分間キー入力がなかったので閉じました。"),
            },
            Goodbye::HostClosing => lang
                .pick(
                    "The teacher closed the class.",
                    "先生がクラスを終了しました。",
                )
                .to_string(),
            Goodbye::ClassFull { max } => match lang {
                Lang::En => format!("The class is full ({max} students): ask your teacher."),
                Lang::Ja => format!("クラスは満員です（{max} 人）。先生に相談してください。"),
            },
            Goodbye::Flood => lang
                .pick(
                    "Too much input arrived at once, so the connection is closed.",
                    "一度に大量の入力が届いたので、接続を閉じました。",
                )
                .to_string(),
        };
        match score {
            Some(score) => match lang {
                Lang::En => format!(
                    "netdojo: {reason} Your score: {score}. Rejoin with the same key to go on.\r\n"
                ),
                Lang::Ja => format!(
                    "netdojo: {reason} 得点: {score}。同じ鍵で接続すれば続きから参加できます。\r\n"
                ),
            },
            None => format!("netdojo: {reason}\r\n"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_run_a_to_d_and_beyond_is_a_question_mark() {
        assert_eq!(letter(0), 'A');
        assert_eq!(letter(3), 'D');
        assert_eq!(letter(1000), '?');
    }

    #[test]
    fn goodbye_lines_carry_the_score() {
        assert_eq!(
            Goodbye::Left.line(Lang::En, Some(20)),
            "netdojo: You left the class. Your score: 20. Rejoin with the same key to go on.\r\n"
        );
        assert_eq!(
            Goodbye::Flood.line(Lang::En, None),
            "netdojo: Too much input arrived at once, so the connection is closed.\r\n"
        );
        assert_eq!(
            Goodbye::Idle { minutes: 60 }.line(Lang::Ja, None),
            "netdojo: 60 分間キー入力がなかったので閉じました。\r\n"
        );
    }

    #[test]
    fn refusals_read_in_both_languages() {
        assert_eq!(
            refusal(Lang::En, &Refusal::AlreadyAnswered),
            "you already answered this question"
        );
        assert_eq!(
            refusal(Lang::Ja, &Refusal::NoSuchChoice { choice: 3 }),
            "選択肢 D はありません"
        );
        assert_eq!(
            name_error(
                Lang::Ja,
                &NameError::Taken {
                    name: "Aiko".into()
                }
            ),
            "「Aiko」はもう使われています。別の名前にしてください"
        );
    }
}
