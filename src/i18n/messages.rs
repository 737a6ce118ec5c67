//! The message table: one row per string of the interface, English then Japanese.
//! A row cannot be written without both texts, and the tests in `i18n` check that
//! neither is empty and that both take the same `{n}` arguments.

macro_rules! messages {
    ($($name:ident => $en:literal, $ja:literal;)*) => {
        /// A string of the interface, by key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg {
            $(
                #[doc = $en]
                $name,
            )*
        }

        impl Msg {
            /// Every message, for the completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The English text.
            pub fn en(self) -> &'static str {
                match self {
                    $(Msg::$name => $en,)*
                }
            }

            /// The Japanese text.
            pub fn ja(self) -> &'static str {
                match self {
                    $(Msg::$name => $ja,)*
                }
            }
        }
    };
}

messages! {
    // The frame
    AppName => "netdojo", "netdojo";
    LanguageName => "English", "日本語";
    TooSmall => "Please enlarge the window to at least {0}×{1} (it is {2}×{3} now).",
        "ウィンドウを {0}×{1} 以上に広げてください（現在 {2}×{3}）。";
    NoCli => "This screen has no command-line equivalent.", "この画面に対応するコマンドはありません。";

    // Home
    HomeTitle => "Home", "ホーム";
    Contents => "Contents", "目次";
    SectionLessons => "Lessons", "レッスン";
    SectionCalculators => "Calculators", "計算ツール";
    SectionPractice => "Practice", "練習";
    NoMatches => "Nothing matches \"{0}\".", "「{0}」に一致する項目はありません。";
    SoonTag => "soon", "準備中";
    ReadyToOpen => "✓ Press Enter to open it.", "✓ Enter で開きます。";
    ComingLater => "○ Not available yet: it comes in a later version.", "○ まだ使えません。今後のバージョンで追加されます。";
    Coming => "{0}: not available yet, it comes in a later version.", "{0}：まだ使えません。今後のバージョンで追加されます。";

    // Calculators
    Inputs => "Input", "入力";
    ResultTitle => "Result", "結果";
    NotApplicable => "n/a: {0}", "対象外：{0}";

    // Subnet calculator
    SubnetTitle => "Subnet calculator", "サブネット計算";
    FieldBlock => "Address or block", "アドレス／ブロック";
    PhBlock => "e.g. 10.0.20.37/24", "例：10.0.20.37/24";
    SubnetPrompt => "Type an address or a block, e.g. 10.0.20.37/24 or 2001:db8::/48.",
        "アドレスかブロックを入力してください（例：10.0.20.37/24、2001:db8::/48）。";
    SubnetAnswer => "{0}: {1} usable hosts, {2}", "{0}：使えるホスト {1} 個、{2}";
    FormsHeading => "What you can type", "入力できる形";
    FormPrefix => "an address and a prefix length", "アドレスとプレフィックス長";
    FormMask => "an address and a netmask", "アドレスとサブネットマスク";
    FormAddress => "one address (a /32)", "アドレス1つ（/32 として扱う）";
    FormV6 => "IPv6 works the same way", "IPv6 も同じように使えます";
    FormsNote => "Leading zeros (010.0.0.1) are refused on purpose: some tools read them as octal. Full-width digits are read as ASCII.",
        "先頭のゼロ（010.0.0.1）は意図的に受け付けません（8進数と解釈するツールがあるため）。全角の数字は半角として読みます。";
    LblNetwork => "Network", "ネットワーク";
    LblNetmask => "Netmask", "サブネットマスク";
    LblWildcard => "Wildcard", "ワイルドカード";
    LblBroadcast => "Broadcast", "ブロードキャスト";
    LblFirstHost => "First host", "最初のホスト";
    LblLastHost => "Last host", "最後のホスト";
    LblAddresses => "Addresses", "アドレス数";
    LblUsable => "Usable hosts", "使えるホスト数";
    LblAwsUsable => "AWS usable", "AWSで使える数";
    LblKind => "Kind", "種別";
    LblClass => "Historic class", "旧クラス";
    LblBits => "Bits of {0}", "{0} のビット";
    LblMaskBits => "Bits of the netmask", "サブネットマスクのビット";
    BitsLegend => "n = network bit, h = host bit", "n = ネットワーク部、h = ホスト部";
    LblAwsReserved => "Addresses AWS reserves in this subnet", "このサブネットでAWSが予約するアドレス";
    NoteHostBits => "Host bits are set: the network is {0}.", "ホスト部のビットが立っています。ネットワークは {0} です。";
    BroadcastV6 => "none: IPv6 has no broadcast", "なし：IPv6にブロードキャストはありません";
    Broadcast31 => "none: a /31 point-to-point link (RFC 3021)", "なし：/31 はポイントツーポイント用（RFC 3021）";
    Broadcast32 => "none: a single address", "なし：アドレス1つだけ";
    UsableAll => "{0} (every address)", "{0}（すべてのアドレス）";
    UsableSelf => "{0} (the address itself)", "{0}（そのアドレス自体）";
    UsableBoth => "{0} (both addresses, RFC 3021)", "{0}（両方とも使える、RFC 3021）";
    UsableMinus2 => "{0} ({1} - network - broadcast)", "{0}（{1} - ネットワーク - ブロードキャスト）";
    AwsUsableValue => "{0} ({1} - 5 reserved)", "{0}（{1} - 予約 5）";
    ClassIpv4Only => "n/a (IPv4 only)", "対象外（IPv4のみ）";
    ClassSpans => "none (the block spans several classes)", "なし（複数のクラスにまたがる）";

    // Overlays
    HelpTitle => "Keys: {0}", "キー操作：{0}";
    CliTitle => "Command line", "コマンドライン";
    CliExplain => "The same result from the command line:", "コマンドラインで同じ結果を得るには：";
    TypingAddress => "Digits, a-f, '.', ':' and '/' go into the input; other keys are commands.",
        "数字・a〜f・「.」「:」「/」は入力欄に入り、ほかのキーはコマンドになります。";
    TypingAddressList => "Digits, a-f, '.', ':', '/', spaces and commas go into the input; other keys are commands.",
        "数字・a〜f・「.」「:」「/」・空白・カンマは入力欄に入り、ほかのキーはコマンドになります。";
    TypingNumber => "Digits go into the input; other keys are commands.", "数字は入力欄に入り、ほかのキーはコマンドになります。";
    TypingFree => "Every character you type goes into the input.", "入力した文字はすべて入力欄に入ります。";

    // Keymap contexts (help headings)
    CtxGlobal => "Everywhere", "どこでも";
    CtxNormal => "When not typing free text", "自由入力中でないとき";
    CtxList => "List", "一覧";
    CtxHome => "Home", "ホーム画面";
    CtxFilter => "Filtering the list", "一覧の絞り込み中";
    CtxTextEdit => "Editing text", "文字の編集";
    CtxFieldEdit => "Editing the input", "入力欄の編集";
    CtxBack => "Leaving", "画面を戻る";
    CtxCalculator => "Calculators", "計算ツール共通";
    CtxCalcKeys => "Calculators, in an address or number input", "計算ツール（アドレス・数値の入力欄）";
    CtxCalcFree => "Calculators, in a text input", "計算ツール（文字の入力欄）";
    CtxFields => "Inputs", "入力欄";
    CtxRouteLookup => "Route table lookup", "ルートテーブル検索";
    CtxSubnet => "Subnet calculator", "サブネット計算";
    CtxCalcModes => "Calculators with modes", "モードのある計算ツール";
    CtxOverlay => "In this box", "この枠の中";

    // Key descriptions (help, hints and the documentation's keys table)
    KeyFilter => "filter", "絞り込み";
    KeyUp => "up", "上へ";
    KeyDown => "down", "下へ";
    KeyPageUp => "page up", "前のページ";
    KeyPageDown => "page down", "次のページ";
    KeyFirst => "first", "先頭へ";
    KeyLast => "last", "末尾へ";
    KeyOpen => "open", "開く";
    KeyFilterCancel => "clear filter", "絞り込み解除";
    KeyShrink => "shorter prefix", "プレフィックスを短く";
    KeyGrow => "longer prefix", "プレフィックスを長く";
    KeyShowCli => "command line", "コマンド表示";
    KeyNextMode => "switch mode", "モード切替";
    KeyNextTable => "next sample table", "次のサンプル表";
    KeyScrollUp => "scroll up", "上へスクロール";
    KeyScrollDown => "scroll down", "下へスクロール";
    KeyNextField => "next input", "次の入力欄";
    KeyPrevField => "previous input", "前の入力欄";
    KeyBackspace => "delete before the cursor", "カーソルの前を削除";
    KeyDelete => "delete at the cursor", "カーソル位置を削除";
    KeyCursorLeft => "cursor left", "カーソルを左へ";
    KeyCursorRight => "cursor right", "カーソルを右へ";
    KeyCursorStart => "to the start of the input", "入力の先頭へ";
    KeyCursorEnd => "to the end of the input", "入力の末尾へ";
    KeyClear => "clear the input", "入力を消去";
    KeyClose => "close", "閉じる";
    KeyHelp => "help", "ヘルプ";
    KeyBack => "back", "戻る";
    KeyLang => "日本語", "English";
    KeyQuit => "quit", "終了";

    // S3 calculator
    S3Title => "S3 cost and multipart", "S3の料金とマルチパート";
    S3CostResult => "Monthly storage cost (Ctrl-T: multipart)", "月々の保存料金（Ctrl-T：マルチパート）";
    S3PartsResult => "Multipart upload (Ctrl-T: cost)", "マルチパートアップロード（Ctrl-T：料金）";
    FieldSize => "Size stored", "保存量";
    PhSize => "e.g. 100GiB", "例：100GiB";
    FieldYenRate => "Yen per dollar", "円／ドル";
    PhYenRate => "optional, e.g. 150", "省略可（例：150）";
    FieldObject => "Object size", "オブジェクトのサイズ";
    PhObject => "e.g. 50GiB", "例：50GiB";
    FieldPart => "Part size", "パートのサイズ";
    PhPart => "e.g. 64MiB", "例：64MiB";
    S3CostPrompt => "Type a size with its unit, e.g. 100GiB or 500GB.", "単位つきでサイズを入力してください（例：100GiB、500GB）。";
    S3PartsPrompt => "Type an object size and a part size, e.g. 50GiB and 64MiB.", "オブジェクトとパートのサイズを入力してください（例：50GiB と 64MiB）。";
    S3CostAnswer => "{0} a month for {1}", "{1} の保存で月 {0}";
    S3PartsOk => "{0} parts: within every limit", "{0} パート：すべての制限内です";
    S3PartsBad => "{0} parts: limits broken: {1}", "{0} パート：制限違反 {1} 件";
    S3FormBinary => "binary units (KiB, MiB, GiB, TiB): powers of 1024", "2進の単位（KiB・MiB・GiB・TiB）：1024の累乗";
    S3FormDecimal => "decimal units (KB, MB, GB, TB): powers of 1000", "10進の単位（KB・MB・GB・TB）：1000の累乗";
    LblSize => "Size", "サイズ";
    LblBilled => "Billed", "課金量";
    BilledValue => "{0} GB-month (a billed GB is 2^30 bytes)", "{0} GB・月（課金上の 1 GB は 2^30 バイト）";
    LblPrices => "Prices", "価格";
    PricesValue => "{0}, {1}, list prices as of {2}", "{0}、{1}、{2} 時点の定価";
    LblTiers => "Tiers", "料金段階";
    UnverifiedMark => " (unverified price)", "（未確認）";
    LblTotal => "Total", "合計";
    TotalValue => "{0} a month", "月 {0}";
    TotalRounded => "{0} a month (a bill rounds it to {1})", "月 {0}（請求では {1} に丸められます）";
    LblInYen => "In yen", "円換算";
    InYenValue => "{0} at {1}", "{0}（{1} で換算）";
    LblNotIncluded => "Not included", "含まないもの";
    NotIncludedValue => "requests, data transfer out, management features", "リクエスト、外向きのデータ転送、管理機能";
    LblObject => "Object", "オブジェクト";
    LblPartSize => "Part size", "パートのサイズ";
    LblParts => "Parts", "パート数";
    PartsOne => "1 (a single part of {0} bytes)", "1（{0} バイトのパート1つ）";
    PartsValue => "{0} ({1} full parts, then a last part of {2} bytes)", "{0}（満杯のパート {1} 個と、最後のパート {2} バイト）";
    LblAllowed => "Allowed", "可否";
    AllowedYes => "yes: within every multipart limit", "可：マルチパートの制限をすべて満たします";
    AllowedNo => "no, limits broken: {0}", "不可。破っている制限：{0} 件";
    LblSinglePut => "Single PUT", "単一のPUT";
    SinglePutOk => "allowed (up to 5 GiB)", "可（5 GiB まで）";
    SinglePutRecommend => "allowed (up to 5 GiB), but AWS recommends multipart from about 100 MB", "可（5 GiB まで）。ただし約 100 MB からはマルチパートが推奨されます";
    SinglePutNo => "not allowed: over 5 GiB, only a multipart upload can store it", "不可：5 GiB を超えるため、マルチパートでしか保存できません";
    LblSmallestPart => "Smallest part", "最小のパート";
    SmallestValue => "{0} bytes ({1}) keeps the upload within 10,000 parts", "{0} バイト（{1}）で 10,000 パート以内に収まります";
    SmallestNone => "none: the object is larger than 48.8 TiB", "なし：オブジェクトが 48.8 TiB を超えています";
}
