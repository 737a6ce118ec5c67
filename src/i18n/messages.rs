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

    // VPC planner
    VpcTitle => "VPC planner", "VPC設計";
    PlanTitle => "Plan", "設計結果";
    FieldVpcCidr => "VPC CIDR", "VPCのCIDR";
    PhVpcCidr => "e.g. 10.0.0.0/16", "例：10.0.0.0/16";
    FieldAzs => "AZs", "AZ数";
    PhAzs => "e.g. 2", "例：2";
    FieldTiers => "Tiers", "層（ティア）";
    PhTiers => "e.g. public,private,data", "例：public,private,data";
    FieldSubnetPrefix => "Subnet prefix", "サブネットのプレフィックス長";
    PhSubnetPrefix => "automatic (VPC prefix + 8)", "自動（VPCのプレフィックス長 + 8）";
    PlanAnswer => "{0} subnets of /{1}, {2} AWS-usable addresses each; {3} addresses left free",
        "/{1} のサブネット {0} 個、それぞれAWSで使えるアドレス {2} 個。空き {3} アドレス";
    VpcRules => "A VPC is an IPv4 block from /16 to /28. Tiers are names separated by commas (public,private,data); each tier gets one subnet in every AZ.",
        "VPCは /16 から /28 までのIPv4ブロックです。層はカンマ区切りの名前（public,private,data）で、層ごとにAZの数だけサブネットを作ります。";
    LayoutTens => "Layout: tier 1 starts at block 10, tier 2 at block 20 and so on, one block per AZ, as in the AWS guides.",
        "配置：1層目はブロック10から、2層目はブロック20から、AZごとに1ブロックずつ（AWSのガイドと同じ形）。";
    LayoutPackedAzs => "Layout: packed tier after tier from the first block, because {0} AZs do not fit the 10 blocks each tier has in the usual pattern.",
        "配置：AZが {0} 個あり通常の形（1層あたり10ブロック）に収まらないため、先頭から層ごとに詰めて配置しました。";
    LayoutPackedBlocks => "Layout: packed tier after tier from the first block, because the usual pattern needs {0} blocks and the VPC holds {1}.",
        "配置：通常の形には {0} ブロック必要ですがVPCには {1} ブロックしかないため、先頭から層ごとに詰めて配置しました。";
    PlanVpc => "VPC {0}: {1} addresses", "VPC {0}：{1} アドレス";
    PlanShape => "{0} tiers × {1} AZs = {2} subnets of /{3}, {4} AWS-usable addresses each",
        "{0} 層 × {1} AZ = /{3} のサブネット {2} 個、それぞれAWSで使えるアドレス {4} 個";
    BarAllocated => "allocated {0} ({1})", "割り当て済み {0}（{1}）";
    BarFree => "free {0}", "空き {0}";
    ColCidr => "CIDR", "CIDR";
    ColName => "NAME", "名前";
    ColAwsUsable => "AWS USABLE", "AWSで使える数";
    ColFirst => "FIRST USABLE", "最初の利用可能";
    ColLast => "LAST USABLE", "最後の利用可能";
    AwsKeepsFive => "AWS keeps 5 addresses of each subnet: the network, +1 (VPC router), +2 (DNS), +3 (future use) and the last.",
        "AWSは各サブネットで5つのアドレスを予約します：ネットワーク、+1（VPCルーター）、+2（DNS）、+3（将来の利用）、最後のアドレス。";
    NoRoom => "Room for growth: none, the subnets fill the VPC.", "拡張の余地：なし（サブネットでVPCが埋まっています）。";
    Room => "Room for growth: {0} addresses in {1} free blocks", "拡張の余地：空きブロック {1} 個に {0} アドレス";

    // Route table lookup
    RouteTitle => "Route table lookup", "ルートテーブル検索";
    LookupTitle => "Lookup", "検索結果";
    FieldRouteAddress => "Address", "宛先アドレス";
    PhRouteAddress => "e.g. 10.0.3.7", "例：10.0.3.7";
    FieldRoutes => "Routes (; between)", "ルート（; 区切り）";
    PhRoutes => "e.g. 10.0.0.0/16 local; 0.0.0.0/0 igw-1", "例：10.0.0.0/16 local; 0.0.0.0/0 igw-1";
    RoutesHelp => "Write each route as DESTINATION TARGET and put ; between routes, e.g. 10.0.0.0/16 local; 0.0.0.0/0 igw-0a1b. Route n is line n in the messages. t loads the next sample table.",
        "ルートは「宛先 ターゲット」の形で書き、ルートの間に ; を入れます（例：10.0.0.0/16 local; 0.0.0.0/0 igw-0a1b）。メッセージの line n は n 番目のルートです。t で次のサンプル表を読み込みます。";
    SampleLoaded => "Sample table: {0}", "サンプル表：{0}";
    SamplePublic => "a public subnet", "パブリックサブネット";
    SamplePrivate => "a private subnet with a NAT gateway and a VPN", "NATゲートウェイとVPNのあるプライベートサブネット";
    SampleDualStack => "a private dual-stack subnet", "デュアルスタックのプライベートサブネット";
    SamplePeering => "peering and a Transit Gateway", "ピアリングとトランジットゲートウェイ";
    TablePublic => "{0} routes: subnets using this table are public ({1} → {2}).",
        "ルート {0} 個：このテーブルを使うサブネットはパブリックです（{1} → {2}）。";
    TablePrivate => "{0} routes: subnets using this table are private (no default route to an Internet gateway).",
        "ルート {0} 個：このテーブルを使うサブネットはプライベートです（インターネットゲートウェイへのデフォルトルートがない）。";
    RouteWinner => "{0} → {1} ({2}) via {3}", "{0} → {1}（{2}）、経路 {3}";
    RouteNone => "{0}: no route contains it, so the traffic is dropped", "{0}：含むルートがないため破棄されます";
    ColDestination => "DESTINATION", "宛先";
    ColTarget => "TARGET", "ターゲット";
    ColWhy => "WHY", "理由";
    VerdictWins => "✓ the longest match (/{0})", "✓ 最長一致（/{0}）";
    VerdictLoses => "contains it, but /{0} is shorter than /{1}", "含むが /{0} は /{1} より短い";
    VerdictOutside => "✗ does not contain it", "✗ 含まない";
    VerdictOtherFamily => "✗ the other IP version", "✗ IPのバージョンが違う";
    LongestPrefixRule => "Of the routes whose destination contains the address, the one with the longest prefix wins, whatever order they are written in.",
        "宛先にアドレスを含むルートのうち、プレフィックスが最も長いものが選ばれます。書かれた順番は関係ありません。";
    KindLocal => "inside the VPC", "VPC内";
    KindIgw => "Internet gateway", "インターネットゲートウェイ";
    KindNat => "NAT gateway", "NATゲートウェイ";
    KindPcx => "VPC peering connection", "VPCピアリング接続";
    KindTgw => "Transit Gateway", "トランジットゲートウェイ";
    KindEni => "network interface", "ネットワークインターフェイス";
    KindVgw => "virtual private gateway", "仮想プライベートゲートウェイ";
    KindEigw => "egress-only Internet gateway", "Egress-Only インターネットゲートウェイ";
    KindOther => "other target", "その他のターゲット";

    // Split and VLSM
    SplitTitle => "Split and VLSM", "分割とVLSM";
    SubnetsTitle => "Subnets", "サブネット";
    FieldNetwork => "Network", "ネットワーク";
    PhNetwork => "e.g. 192.168.0.0/22", "例：192.168.0.0/22";
    FieldNewPrefix => "New prefix length", "新しいプレフィックス長";
    PhNewPrefix => "e.g. 24", "例：24";
    FieldParts => "Equal parts", "等分する数";
    PhParts => "e.g. 4", "例：4";
    FieldHosts => "Hosts per subnet", "サブネットごとのホスト数";
    FieldAwsHosts => "Hosts per AWS subnet", "AWSサブネットごとのホスト数";
    PhHosts => "e.g. 500,200,50", "例：500,200,50";
    SplitModeLine => "Split by: {0} (Ctrl-T: another way)", "分割方法：{0}（Ctrl-T で切り替え）";
    SplitEqualAnswer => "{0} → {1} subnets of /{2}, {3} addresses each", "{0} → /{2} のサブネット {1} 個、それぞれ {3} アドレス";
    SplitVlsmAnswer => "{0} blocks in {1}, {2} unused prefixes left", "{1} に {0} ブロック、未使用のプレフィックス {2} 個";
    SplitRounded => "{0} parts asked for, {1} made: equal blocks come in powers of two.", "{0} 等分の指定に対して {1} 個：等しいブロックは2のべき乗個にしか分けられません。";
    BarBlocks => "subnets (alternating)", "サブネット（交互に表示）";
    BarUnused => "unused", "未使用";
    MoreRows => "The first {0} of {1} subnets are listed; the command line (y) prints them all.", "{1} 個のうち最初の {0} 個を表示しています。コマンドライン（y）ならすべて出力します。";
    ColFirstAddr => "FIRST", "先頭";
    ColLastAddr => "LAST", "末尾";
    ColAddresses => "ADDRESSES", "アドレス数";
    ColHosts => "HOSTS", "ホスト数";
    ColUsable => "USABLE", "使える数";
    UnusedHeading => "Unused", "未使用";
    NoSpaceLeft => "No space left over in {0}.", "{0} に残りはありません。";

    // Aggregate and overlap
    AggregateTitle => "Aggregate and overlap", "集約と重複チェック";
    SummaryTitle => "Summary", "集約結果";
    FieldPrefixes => "Prefixes", "プレフィックス";
    PhPrefixes => "e.g. 10.0.0.0/24, 10.0.1.0/24", "例：10.0.0.0/24, 10.0.1.0/24";
    PrefixesPrompt => "Type or paste prefixes separated by commas or spaces.", "プレフィックスをカンマか空白で区切って入力（貼り付け）してください。";
    AggregateAnswer => "{0} prefixes → {1} after aggregation; {2} overlapping pair", "{0} 個のプレフィックス → 集約後 {1} 個、重複するペア {2} 組";
    AggregateHeading => "The fewest prefixes covering the same addresses ({0})", "同じアドレスを覆う最少のプレフィックス（{0} 個）";
    NoOverlaps => "No two prefixes share an address.", "アドレスを共有するプレフィックスの組はありません。";
    OverlapsHeading => "Overlapping pairs ({0})", "重複するペア（{0} 組）";
    RelEqual => "{0} and {1} are the same block", "{0} と {1} は同じブロック";
    RelContains => "{0} contains {1}", "{0} は {1} を含む";
    RelContainedBy => "{0} is inside {1}", "{0} は {1} の中にある";
    RelAdjacent => "{0} and {1} touch", "{0} と {1} は隣接";
    RelDisjoint => "{0} and {1} are apart", "{0} と {1} は離れている";
    AggregateNote => "Neighbours merge only when together they form one aligned prefix: 10.0.0.0/24 and 10.0.1.0/24 make a /23, but 10.0.1.0/24 and 10.0.2.0/24 do not.",
        "隣り合うブロックがまとまるのは、合わせて1つの境界の揃ったプレフィックスになるときだけです。10.0.0.0/24 と 10.0.1.0/24 は /23 になりますが、10.0.1.0/24 と 10.0.2.0/24 はなりません。";

    // Overlays
    HelpTitle => "Keys: {0}", "キー操作：{0}";
    CliTitle => "Command line", "コマンドライン";
    CliExplain => "The same result from the command line:", "コマンドラインで同じ結果を得るには：";
    TypingAddress => "Digits, a-f, '.', ':' and '/' go into the input; other keys are commands.",
        "数字・a〜f・「.」「:」「/」は入力欄に入り、ほかのキーはコマンドになります。";
    TypingAddressList => "Digits, a-f, '.', ':', '/', spaces and commas go into the input; other keys are commands.",
        "数字・a〜f・「.」「:」「/」・空白・カンマは入力欄に入り、ほかのキーはコマンドになります。";
    TypingNumber => "Digits go into the input; other keys are commands.", "数字は入力欄に入り、ほかのキーはコマンドになります。";
    TypingNumberList => "Digits, commas and spaces go into the input; other keys are commands.",
        "数字・カンマ・空白は入力欄に入り、ほかのキーはコマンドになります。";
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
    KeyScrollLeft => "scroll left", "左へスクロール";
    KeyScrollRight => "scroll right", "右へスクロール";
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
    KeyLang => "switch the language (日本語)", "表示言語の切り替え（English）";
    HintLang => "日本語", "English";
    KeyQuit => "quit", "終了";

    // The lesson reader
    ReaderTitle => "Lesson", "レッスン";
    LessonMeta => "Module {0} · lesson {1}", "モジュール {0}・レッスン {1}";
    LessonEnd => "End of the lesson", "レッスンはここまで";
    LessonMissing => "The lesson \"{0}\" is not in the library.", "レッスン「{0}」は見つかりません。";
    PosTop => "top", "先頭";
    PosEnd => "end", "末尾";
    PosAll => "all", "全体";
    SearchNone => "no match for \"{0}\"", "「{0}」は見つかりません";
    TryIt => "Try it: {0}", "試してみよう：{0}";
    TryOpen => "Enter opens the calculator with this input.", "Enter で、この入力のまま計算ツールを開きます。";
    TryCli => "Enter shows the command that computes it.", "Enter で、これを計算するコマンドを表示します。";
    TryLater => "This calculator comes in a later version.", "この計算ツールは今後のバージョンで追加されます。";
    RunInShell => "No screen yet; in a shell: {0}", "画面は準備中です。シェルで：{0}";
    CalcLater => "The {0} calculator comes in a later version.", "計算ツール「{0}」は今後のバージョンで追加されます。";
    QuestionOf => "Question {0} of {1}", "問題 {0}／{1}";
    AnswerLabel => "Answer", "回答";
    AnswerPlaceholder => "press Tab to answer here", "Tab を押すとここに回答できます";
    HintChoice => "Type a letter (A to {0}) or its number, then Enter.", "記号（A〜{0}）か番号を入力して Enter。";
    HintMulti => "Type every letter that applies, such as AC, then Enter.", "当てはまる記号をすべて入力して Enter（例：AC）。";
    HintTrueFalse => "Type A (true) or B (false), then Enter.", "正しければ A、誤りなら B を入力して Enter。";
    HintOrder => "Type the letters from first to last, then Enter.", "最初から最後の順に記号を入力して Enter。";
    HintShort => "Type your answer, then Enter.", "答えを入力して Enter。";
    Right => "✓ Right.", "✓ 正解です。";
    Wrong => "✗ Not quite: the answer is {0}.", "✗ 不正解です。正解は {0} です。";
    FormEmpty => "Type an answer first.", "先に答えを入力してください。";
    FormNotAChoice => "\"{0}\" is not one of the choices: type a letter from A to {1} or a number from 1 to {2}.",
        "「{0}」は選択肢にありません。A〜{1} の記号か 1〜{2} の番号で答えてください。";
    FormNotTrueFalse => "\"{0}\" is not an answer here: type A for true or B for false.",
        "「{0}」では答えになりません。正しければ A、誤りなら B を入力してください。";
    FormNotAnOrder => "\"{0}\" is not an order of the {2} items: give each letter from A to {1} once.",
        "「{0}」は {2} 個の並べ方になっていません。A〜{1} を1回ずつ使ってください。";
    FormLayout => "This question cannot be answered here.", "この問題にはここでは答えられません。";
    NoExercises => "This lesson has nothing to try or answer in the text.", "このレッスンには本文中の練習がありません。";
    TypingChoice => "Letters A to F, digits and commas go into the answer; other keys are commands.",
        "A〜F の文字・数字・カンマは回答欄に入り、ほかのキーはコマンドになります。";
    CtxReader => "Reading a lesson", "レッスンを読む";
    CtxReaderView => "Ends of the lesson and wide diagrams", "先頭・末尾と横に長い図";
    CtxReaderMove => "Scrolling", "スクロール";
    CtxEmbeds => "Exercises in the lesson", "レッスン内の練習";
    CtxAnswer => "Answering a question", "問題に回答中";
    CtxSearch => "Typing a search", "検索語の入力中";
    CtxToc => "Table of contents", "目次";
    KeyTop => "top", "先頭へ";
    KeyBottom => "bottom", "末尾へ";
    KeyToc => "contents", "目次";
    KeySearch => "search", "検索";
    KeyNextMatch => "next match", "次の一致";
    KeyPrevMatch => "previous match", "前の一致";
    KeyPractice => "practice", "練習";
    KeyNextEmbed => "next exercise", "次の練習へ";
    KeyPrevEmbed => "previous exercise", "前の練習へ";
    KeyActivate => "try it / check the answer", "試す・答え合わせ";
    KeyStopAnswering => "stop answering", "回答をやめる";
    KeySearchDone => "keep the matches", "検索を確定";
    KeySearchCancel => "cancel the search", "検索をやめる";
    KeyJump => "go there", "そこへ移動";
    KeyWideLeft => "wide diagrams: look left", "横長の図：左側を表示";
    KeyWideRight => "wide diagrams: look right", "横長の図：右側を表示";
    // Screens with several views, walk-throughs (keymap)
    CtxViews => "Views", "表示の切り替え";
    CtxWalk => "Walk-through", "手順の再生";
    CtxAvail => "Availability", "可用性";
    CtxFragment => "Fragmentation", "フラグメント化";
    KeyNextView => "next view", "次の表示";
    KeyPrevView => "previous view", "前の表示";
    KeyNextStep => "next step", "次の手順";
    KeyPrevStep => "previous step", "前の手順";
    KeyYear => "year length", "1年の長さ";
    KeyMonth => "month length", "1か月の長さ";
    KeyToggleDf => "Don't Fragment on/off", "DFフラグの切り替え";
    TypingNumbers => "Digits, commas and spaces go into the input; other keys are commands.",
        "数字・カンマ・空白は入力欄に入り、ほかのキーはコマンドになります。";
    Yes => "yes", "はい";
    No => "no", "いいえ";

    // Availability calculator
    AvailTitle => "Availability", "可用性";
    ViewSystem => "System", "システム構成";
    ViewMtbf => "MTBF/MTTR", "MTBF・MTTR";
    ViewSizing => "N+k sizing", "N+k の台数";
    FieldSystem => "System", "構成";
    PhSystem => "e.g. alb:99.99 * (web:99 | web:99) * rds:99.95", "例：alb:99.99 * (web:99 | web:99) * rds:99.95";
    FieldMtbf => "MTBF", "MTBF（平均故障間隔）";
    PhMtbf => "e.g. 1000h", "例：1000h";
    FieldMttr => "MTTR", "MTTR（平均修復時間）";
    PhMttr => "e.g. 2h", "例：2h";
    FieldTarget => "Target %", "目標の稼働率 %";
    PhTarget => "e.g. 99.95 (fill in two of the three)", "例：99.95（3つのうち2つを入力）";
    FieldLoad => "Peak load", "ピーク時の負荷";
    PhLoad => "e.g. 2400 (requests/s, users...)", "例：2400（リクエスト/秒、ユーザー数など）";
    FieldCapacity => "Capacity per server", "1台あたりの処理能力";
    PhCapacity => "e.g. 350, in the same unit", "例：350（負荷と同じ単位）";
    FieldSpares => "Spares (k)", "予備の台数 (k)";
    PhSpares => "e.g. 2 for N+2", "例：N+2 なら 2";
    FieldServer => "One server %", "1台の稼働率 %";
    PhServer => "optional, e.g. 99", "省略可。例：99";
    FieldZones => "Zones", "AZ の数";
    PhZones => "optional, e.g. 3", "省略可。例：3";
    AvailPrompt => "Type a system: parts joined by * (all needed) and | (any one enough).",
        "構成を入力してください。部品を * （すべて必要）と | （どれか1つでよい）でつなぎます。";
    AvailAnswer => "{0}: {1} of downtime a year", "{0}：年間の停止時間 {1}";
    AvailWithNines => "{0} ({1} nines)", "{0}（{1} ナイン）";
    AvailFormPart => "a part: an optional name, then its availability in percent",
        "部品：名前（省略可）と稼働率（パーセント）";
    AvailFormSeries => "series: every part is needed", "直列：すべての部品が必要";
    AvailFormParallel => "parallel: any one is enough (| binds tighter than *)",
        "並列：どれか1つ動けばよい（| は * より先に結び付く）";
    AvailFormGroup => "parentheses make a group", "かっこでまとめる";
    AvailFormKofN => "at least 2 of 3 identical copies needed", "同じもの3台のうち2台以上が必要";
    AvailExamples => "Examples", "例";
    AvailPercentOnly => "Availabilities are percentages: 0.999 is refused as a probable fraction; write 99.9 (or 0.999% if you mean it).",
        "稼働率はパーセントで書きます。0.999 は割合の書き間違いとみなして受け付けません。99.9 と書いてください（本当に 0.999% なら 0.999%）。";
    AvailAssumptions => "The figures assume independent failures and instant failover, so they are upper bounds.",
        "障害は互いに独立で、切り替えは一瞬で終わると仮定しているため、数値は上限です。";
    AvailDiagram => "Diagram", "構成図";
    AvailSpofLegend => "(! = single point of failure)", "（! = 単一障害点）";
    AvailTooWide => "The diagram is {0} columns wide: widen the window to see all of it, or read the table below.",
        "構成図の幅は {0} 桁あります。全体を見るにはウィンドウを広げるか、下の表を見てください。";
    AvailKofN => "{0} of {1} needed", "{1}台中{0}台が必要";
    LblWhole => "Whole system", "システム全体";
    LblConvention => "Convention", "前提";
    ConvYear => "{0}-day year", "1年 = {0}日";
    ConvMonthDays => "{0}-day month", "1か月 = {0}日";
    ConvMonthTwelfth => "month = year/12", "1か月 = 1年÷12";
    ConvBoth => "{0}, {1}", "{0}、{1}";
    ConvKeys => "({0} and {1} change it)", "（{0} と {1} で変更）";
    ColPeriod => "period", "期間";
    ColLength => "length", "長さ";
    ColDowntime => "downtime", "停止時間";
    DaysCount => "{0} days", "{0}日";
    DayOne => "1 day", "1日";
    AvailParts => "Parts and groups", "部品とグループ";
    ColNode => "node", "要素";
    ColAvailability => "availability", "稼働率";
    ColDowntimeYear => "downtime/year", "年間停止";
    ColSpof => "SPOF", "単一障害点";
    ColSaved => "if perfect", "完全なら";
    NodeSeries => "series (all needed)", "直列（すべて必要）";
    NodeParallel => "parallel (any one)", "並列（どれか1つ）";
    NodeKofN => "{0} of {1} copies needed", "{1}台中{0}台が必要";
    AvailWeakest => "Weakest link: {0} (part {1}) is a single point of failure; if it were perfect, the downtime would drop by {2} a year ({3} of it).",
        "最も弱い部分：{0}（{1}番目の部品）は単一障害点です。これが完全なら、停止時間は年に {2} 減ります（全体の {3}）。";
    AvailNoSpof => "No single point of failure: no one part can take the whole system down.",
        "単一障害点はありません。どの部品も、1つだけの故障でシステム全体を止めることはありません。";
    AvailBarsHeading => "Downtime per year ({0})", "年間の停止時間（{0}）";
    MtbfPrompt => "Fill in two of the three: MTBF, MTTR, target availability.",
        "MTBF・MTTR・目標の稼働率のうち2つを入力してください。";
    MtbfTooMany => "All three are filled in: leave empty the one to work out.",
        "3つとも入力されています。求めたいものを空欄にしてください。";
    MtbfFormAvailability => "MTBF and MTTR give the availability A.", "MTBF と MTTR から稼働率 A を求めます。";
    MtbfFormBudget => "A target and the MTBF give the longest repairs allowed (the MTTR budget).",
        "目標と MTBF から、許される最長の修復時間（MTTR の上限）を求めます。";
    MtbfFormNeeded => "A target and the MTTR give the MTBF needed.", "目標と MTTR から、必要な MTBF を求めます。";
    MtbfLengths => "Lengths take d, h, m and s: 1000h, 41d 16h, 30m.", "時間は d・h・m・s で書きます：1000h、41d 16h、30m。";
    LblTarget => "Target", "目標";
    LblMttrBudget => "MTTR budget", "MTTR の上限";
    LblMtbfNeeded => "MTBF needed", "必要な MTBF";
    LblAvailability => "Availability", "稼働率";
    LblFormula => "Formula", "計算式";
    MtbfDowntimeOf => "Downtime allowed by {0}", "{0} で許される停止時間";
    SizingPrompt => "Give the peak load and what one server carries.", "ピーク時の負荷と1台の処理能力を入力してください。";
    SizingAnswer => "{0} servers ({1}), N = {2}", "{0}台（{1}）、N = {2}";
    SizingHelp => "N = ⌈load / capacity⌉ servers carry the peak; k spares make N+k. With one server's availability, the pool is up while N of its N+k servers are. With zones, each zone gets ⌈N / (zones − 1)⌉ so losing a zone still leaves N.",
        "ピークを処理するのに N = ⌈負荷 / 処理能力⌉ 台が必要で、予備 k 台を足すと N+k 台です。1台の稼働率を入れると、N+k 台のうち N 台が動いている確率（全体の稼働率）がわかります。AZ の数を入れると、1つの AZ を失っても N 台残るよう、各 AZ に ⌈N / (AZ数 − 1)⌉ 台を置きます。";
    SizingNoServer => "Give one server's availability to see each option's availability and downtime.",
        "1台の稼働率を入れると、それぞれの案の稼働率と停止時間がわかります。";
    LblPeakLoad => "Peak load", "ピーク時の負荷";
    LblCapacity => "Capacity per server", "1台の処理能力";
    LblServers => "Servers", "台数";
    LblOneServer => "One server", "1台の稼働率";
    ColOption => "option", "案";
    ColServers => "servers", "台数";
    ColSurvives => "failures survived", "耐えられる故障";
    SizingZones => "Across {0} zones: {1} per zone = ⌈{2} / {3}⌉, {4} in all; losing any one zone leaves {5} ≥ N.",
        "{0} つの AZ に分けると：AZ ごとに {1} 台 = ⌈{2} / {3}⌉、合計 {4} 台。どの AZ を1つ失っても {5} 台 ≥ N が残ります。";

    // Port classifier
    PortTitle => "Port numbers", "ポート番号";
    FieldPorts => "Ports", "ポート";
    PhPorts => "e.g. 22 443 49152", "例：22 443 49152";
    PortPrompt => "Type port numbers, 0 to 65535, separated by spaces or commas.",
        "ポート番号（0〜65535）を空白かカンマで区切って入力してください。";
    PortAnswer => "{0}: {1}, {2}", "{0}：{1}、{2}";
    PortNoService => "no common service", "よく知られたサービスなし";
    PortMany => "{0} ports", "{0} 個のポート";
    PortScale => "Where the ports fall (RFC 6335; the ranges are not drawn to scale)",
        "ポートの位置（RFC 6335。範囲の幅は実際の比率ではありません）";
    PortEphemeralBand => " Linux ephemeral {0}-{1} ", " Linux の一時ポート {0}-{1} ";
    PortRanges => "Well-known ports (0-1023) are for standard services and need privileges to listen on; registered ports (1024-49151) are assigned to applications; dynamic ports (49152-65535) are never assigned. A client's source port is picked from an ephemeral range: Linux uses 32768-60999 by default, which overlaps the registered range.",
        "ウェルノウンポート（0〜1023）は標準的なサービス用で、待ち受けには特権が必要です。登録済みポート（1024〜49151）はアプリケーションに割り当てられ、動的ポート（49152〜65535）は割り当てられません。クライアントの送信元ポートは一時ポートの範囲から選ばれます。Linux の既定は 32768〜60999 で、登録済みポートの範囲と重なります。";
    PortServices => "Common services", "よく使われるサービス";
    RangeWellKnown => "well-known", "ウェルノウン";
    RangeRegistered => "registered", "登録済み";
    RangeDynamic => "dynamic", "動的";
    ColPort => "port", "ポート";
    ColService => "service", "サービス";
    ColTransport => "over", "プロトコル";
    ColWhatFor => "what for", "用途";
    ColRange => "range", "範囲";
    ColServices => "services", "サービス";
    ColEphemeral => "Linux ephemeral", "Linux 一時ポート";

    // TCP
    TcpTitle => "TCP step by step", "TCP を順に見る";
    ViewWalk => "Connection", "接続の流れ";
    ViewCompare => "TCP vs UDP", "TCP と UDP";
    ViewFragment => "Fragmentation", "フラグメント化";
    FieldClientIsn => "Client ISN", "クライアントの ISN";
    FieldServerIsn => "Server ISN", "サーバーの ISN";
    PhIsn => "0 to 4294967295", "0〜4294967295";
    FieldSend => "Client sends", "クライアントの送信";
    FieldReply => "Server replies", "サーバーの返信";
    PhSizes => "bytes per segment, e.g. 100,200 (empty: none)", "セグメントごとのバイト数。例：100,200（空欄なら送らない）";
    FieldDatagram => "Datagram size", "データグラムの長さ";
    PhDatagram => "bytes, header included, e.g. 4000", "ヘッダーを含むバイト数。例：4000";
    FieldMtu => "MTU", "MTU（最大転送単位）";
    PhMtu => "bytes, e.g. 1500", "バイト数。例：1500";
    FieldHeader => "IP header", "IP ヘッダー長";
    PhHeader => "20 to 60 bytes (20 when empty)", "20〜60 バイト（空欄なら 20）";
    ComparePrompt => "TCP (RFC 9293) and UDP (RFC 768) side by side.", "TCP（RFC 9293）と UDP（RFC 768）の比較です。";
    ColProperty => "property", "項目";
    SideClient => "client", "クライアント";
    SideServer => "server", "サーバー";
    PhaseHandshake => "handshake", "ハンドシェイク";
    PhaseData => "data", "データ転送";
    PhaseTeardown => "teardown", "切断";
    WalkAnswer => "step {0} of {1}: {2} ({3} → {4})", "{1} 手順中 {0}：{2}（{3} → {4}）";
    WalkStep => "Step {0} of {1} · {2} · {3} → {4}", "手順 {0} / {1} · {2} · {3} → {4}";
    WalkHelp => "The client's and the server's initial sequence numbers (ISN) are numbers from 0 to 4294967295; the segment sizes are bytes separated by commas. A SYN and a FIN each use one sequence number; every data byte uses one; ack is the next number the receiver expects.",
        "クライアントとサーバーの初期シーケンス番号（ISN）は 0〜4294967295 の数です。セグメントの大きさはカンマ区切りのバイト数です。SYN と FIN はそれぞれシーケンス番号を1つ使い、データは1バイトごとに1つ使います。ack は受信側が次に期待する番号です。";
    WalkNext => "{0}: the next segment.", "{0}：次のセグメントへ。";
    WalkEnd => "The connection is closed: that was the last segment.", "接続は閉じました。これが最後のセグメントです。";
    FragmentPrompt => "Give the datagram's size and the MTU of the link.", "データグラムの長さとリンクの MTU を入力してください。";
    FragmentFits => "it fits the MTU: no fragmentation", "MTU に収まるのでフラグメント化は不要";
    FragmentAnswer => "{0} fragments, {1} bytes of data in each but the last", "{0} 個のフラグメント。最後以外はそれぞれ {1} バイトのデータ";
    DfOn => "on", "オン";
    DfOff => "off", "オフ";
    DfState => "DF {0}", "DF：{0}";
    LblDf => "Don't Fragment (DF)", "DF フラグ（フラグメント化禁止）";
    DfKey => "({0} switches it)", "（{0} で切り替え）";
    FragmentHelp => "The size is the datagram's total length, header included (at most 65535); the MTU is the largest datagram the next link carries (68 or more). With DF set, a datagram too large for the MTU is dropped and the router sends back ICMP \"fragmentation needed\", which path MTU discovery relies on.",
        "長さはヘッダーを含むデータグラム全体の長さ（最大 65535）、MTU は次のリンクが運べる最大のデータグラム（68 以上）です。DF が付いていると、MTU より大きいデータグラムは捨てられ、ルーターは ICMP「fragmentation needed」を返します。経路 MTU 探索はこの仕組みを利用します。";
    FragmentSummary => "A {0}-byte datagram ({1}-byte header + {2} bytes of data) crossing an MTU of {3}: {4} fragments.",
        "{0} バイトのデータグラム（ヘッダー {1} バイト + データ {2} バイト）が MTU {3} のリンクを通ると、フラグメントは {4} 個です。";
    FragmentSummaryOne => "A {0}-byte datagram ({1}-byte header + {2} bytes of data) crossing an MTU of {3}: one piece, as it is.",
        "{0} バイトのデータグラム（ヘッダー {1} バイト + データ {2} バイト）は MTU {3} のリンクをそのまま通ります。";
    ColFragment => "fragment", "フラグメント";
    ColTotalLength => "total length", "全長";
    ColData => "data", "データ";
    ColOffsetBytes => "offset (bytes)", "オフセット（バイト）";
    ColOffsetField => "offset field (×8)", "オフセット値（×8）";
    FragmentWhere => "Where each fragment's data sits in the original {0} bytes", "元の {0} バイトのうち、各フラグメントが運ぶ部分";
    FragmentPer => "Data per fragment: ⌊({0} − {1}) / 8⌋ × 8 = {2} bytes. Every fragment but the last carries a multiple of 8 bytes, because the offset field counts 8-byte units.",
        "1つのフラグメントのデータ：⌊({0} − {1}) / 8⌋ × 8 = {2} バイト。オフセットは 8 バイト単位で数えるので、最後以外のフラグメントのデータは 8 の倍数になります。";
    FragmentOffset => "Offset field = offset in bytes / 8: the last fragment starts at byte {0}, so its field is {1}.",
        "オフセット値 = バイト単位のオフセット / 8。最後のフラグメントは {0} バイト目から始まるので、値は {1} です。";
    FragmentMf => "MF (more fragments) is 1 on every fragment but the last.", "MF（後続フラグメントあり）は最後以外のすべてで 1 です。";
    FragmentReassembly => "Only the destination host reassembles the fragments; routers on the way do not.",
        "フラグメントを組み立て直すのは宛先のホストだけで、途中のルーターは組み立てません。";
    FragmentNone => "It fits the MTU as it is: no fragmentation needed.", "そのまま MTU に収まるので、フラグメント化は不要です。";

    // DNS, HTTP, SSH screens
    CtxStepArrows => "Walk-through (arrow keys)", "手順の再生（矢印キー）";
    CtxEditor => "Message editor", "メッセージの編集";
    KeyNewLine => "new line (CR LF)", "改行（CR LF）";
    KeyLineUp => "cursor to the line above", "カーソルを上の行へ";
    KeyLineDown => "cursor to the line below", "カーソルを下の行へ";
    DnsTitle => "DNS step by step", "DNS を順に見る";
    ViewLevels => "Levels", "ドメインの階層";
    ViewResolve => "Resolution", "名前解決";
    ViewRecords => "Record types", "レコードの種類";
    FieldDomain => "Name", "ドメイン名";
    PhDomain => "e.g. www.example.co.jp", "例：www.example.co.jp";
    FieldRecordType => "Type", "タイプ";
    PhRecordType => "A, AAAA, NS, MX, CNAME, SOA, TXT or PTR (A when empty)", "A・AAAA・NS・MX・CNAME・SOA・TXT・PTR（空欄なら A）";
    DnsLevelsPrompt => "Type a domain name, such as www.example.co.jp.", "www.example.co.jp のようなドメイン名を入力してください。";
    DnsLevelsAnswer => "registrable domain {0}, public suffix {1}, {2} levels", "登録可能ドメイン {0}、パブリックサフィックス {1}、{2} 階層";
    DnsNoRegistrable => "none (the name is itself a public suffix)", "なし（名前そのものがパブリックサフィックス）";
    LblName => "name", "名前";
    LblTld => "TLD", "TLD";
    LblPublicSuffix => "public suffix", "パブリックサフィックス";
    LblRegistrable => "registrable domain", "登録可能ドメイン";
    LblLength => "length", "長さ";
    DnsWireLength => "{0} octets on the wire (at most 255)", "通信上 {0} オクテット（最大 255）";
    DnsSuffixUnlisted => "{0} (not in the public suffix list, so the TLD alone)", "{0}（パブリックサフィックスリストにないので TLD のみ）";
    ColLevel => "level", "階層";
    ColLabel => "label", "ラベル";
    ColRole => "role", "役割";
    DnsLevelsNote => "Levels count from the right: the TLD is the 1st. Anyone can register a name directly under a public suffix (com, co.jp), as the public suffix list says; the registrable domain is that suffix plus one label.",
        "階層は右から数え、TLD が第1レベルです。パブリックサフィックス（com や co.jp）の直下には誰でも名前を登録でき、その一覧がパブリックサフィックスリストです。登録可能ドメインはサフィックスにラベルを1つ加えたものです。";
    DnsLookup => "Lookup {0}: {1} at t={2}s", "問い合わせ {0}：{1}（t={2}秒）";
    DnsLookupCached => "the same question 60 s later: the cache answers", "60 秒後に同じ問い合わせ：キャッシュが答える";
    DnsStepAnswer => "step {0} of {1} (lookup {2}): {3}", "{1} 手順中 {0}（問い合わせ {2}）：{3}";
    DnsStepHeading => "Step {0} of {1} · lookup {2}", "手順 {0} / {1} · 問い合わせ {2}";
    DnsStartRoot => "start {0}: nothing cached, ask a root server", "{0} の解決開始：キャッシュは空なのでルートサーバーへ";
    DnsStartCached => "start {0}: the cache knows the servers of {1}", "{0} の解決開始：{1} のサーバーはキャッシュ済み";
    DnsAsk => "resolver → {0}: {1}?", "リゾルバー → {0}：{1}？";
    DnsReferral => "referral to {0}", "{0} への委任（リファーラル）";
    DnsReferralNoGlue => "referral to {0}, no glue", "{0} への委任（グルーなし）";
    DnsAuthAnswer => "authoritative answer", "権威ある応答";
    DnsNxDomain => "NXDOMAIN: no such name", "NXDOMAIN：その名前は存在しない";
    DnsNoData => "NODATA: the name has no record of this type", "NODATA：名前はあるがこのタイプのレコードはない";
    DnsFromCache => "{0}: in the cache, no query sent", "{0}：キャッシュにあるので問い合わせない";
    DnsNegativeCache => "{0}: the cache remembers it does not exist", "{0}：存在しないことをキャッシュが覚えている";
    DnsRestart => "{0} is an alias (CNAME) of {1}: start again for it", "{0} は {1} の別名（CNAME）：そちらで解決し直す";
    DnsFindServer => "no glue for {0}: look its address up first", "{0} のグルーがない：先にそのアドレスを調べる";
    DnsWhyStartRoot => "A full resolver with an empty cache knows only the root servers' addresses (the root hints), so every lookup begins there.",
        "キャッシュが空のフルリゾルバーが知っているのはルートサーバーのアドレス（ルートヒント）だけなので、解決はそこから始まります。";
    DnsWhyStartCached => "The cache still holds the NS records (and their addresses) of the closest zone, so the resolver skips the servers above it.",
        "いちばん近いゾーンの NS レコード（とそのアドレス）がまだキャッシュにあるので、リゾルバーはその上のサーバーを飛ばします。";
    DnsWhyReferral => "This server is not authoritative for the name: it refers the resolver to the servers of a zone one step closer (NS records). The A and AAAA records of those servers are glue: without them the resolver could not reach a server whose name lies inside the zone it serves.",
        "このサーバーはこの名前の権威を持たないので、1段近いゾーンのサーバー（NS レコード）を教えます（委任）。そのサーバーの A・AAAA レコードがグルーで、ゾーンの中にある名前のサーバーには、これがないとたどり着けません。";
    DnsWhyNoGlue => "The servers' names lie outside the zone, so no glue comes with the referral: the resolver must resolve a server's name first.",
        "サーバーの名前がゾーンの外にあるのでグルーは付きません。リゾルバーは先にサーバー名を解決します。";
    DnsWhyAnswer => "The server is authoritative for the zone and answers from its own records. Every record carries its TTL: how many seconds a resolver may keep it in its cache.",
        "サーバーはこのゾーンの権威を持ち、自分のレコードで答えます。どのレコードにも TTL があり、リゾルバーがキャッシュしてよい秒数を表します。";
    DnsWhyCname => "The answer is an alias: a CNAME points to the canonical name, and the resolver looks that name up instead. A CNAME must be the only record at its name, so the zone apex can never be one.",
        "答えは別名です。CNAME は正規名を指し、リゾルバーはそちらを調べ直します。CNAME はその名前の唯一のレコードでなければならないので、ゾーンの頂点（apex）には置けません。";
    DnsWhyNx => "The name does not exist. The SOA record that comes with the reply gives, in its MINIMUM field, how long the resolver may remember that (negative caching).",
        "その名前は存在しません。応答に付く SOA レコードの MINIMUM が、そのことを覚えておいてよい時間（ネガティブキャッシュ）です。";
    DnsWhyNoData => "The name exists but has no record of the asked type. The SOA's MINIMUM again sets how long that is remembered.",
        "名前はありますが、問い合わせたタイプのレコードはありません。どれだけ覚えておくかは、やはり SOA の MINIMUM で決まります。";
    DnsWhyCache => "The record is still in the cache, so no message is sent. Its TTL has counted down by the seconds since it was stored.",
        "レコードがまだキャッシュにあるので、メッセージは送りません。TTL は保存してからの秒数だけ減っています。";
    DnsWhyFindServer => "Before going on, the resolver resolves the server's own name (from the root again, or from what the cache knows).",
        "先へ進む前に、リゾルバーはサーバー自身の名前を解決します（ルートから、またはキャッシュにある情報から）。";
    DnsResultAnswer => "Result: answer (queries sent: {0})", "結果：応答あり（問い合わせ {0} 回）";
    DnsResultNx => "Result: NXDOMAIN (queries sent: {0})", "結果：NXDOMAIN（問い合わせ {0} 回）";
    DnsResultNoData => "Result: NODATA (queries sent: {0})", "結果：NODATA（問い合わせ {0} 回）";
    DnsMailOrder => "Mail is tried at: {0}", "メールの配送先の順：{0}";
    DnsPreference => "{0} (preference {1})", "{0}（優先度 {1}）";
    DnsCacheHeading => "Cache at t={0}s: {1} entries (TTL = seconds left)", "t={0}秒 のキャッシュ：{1} 件（TTL は残り秒数）";
    DnsWalkNext => "{0}: the next message.", "{0}：次のメッセージへ。";
    DnsWalkEnd => "The end: the second lookup was answered from the cache where it could be.", "終わり：2回目の問い合わせは、キャッシュで答えられる部分はキャッシュで答えました。";
    DnsWalkHelp => "The built-in zones: the root, jp., co.jp., example.co.jp., com., example.com. and a reverse branch under arpa. Try www.example.co.jp (a CNAME chain), example.co.jp with MX, shop.example.com, nope.example.com (NXDOMAIN), 80.113.0.203.in-addr.arpa with PTR.",
        "組み込みのゾーン：ルート、jp.、co.jp.、example.co.jp.、com.、example.com. と arpa. の逆引き。www.example.co.jp（CNAME の連鎖）、MX で example.co.jp、shop.example.com、nope.example.com（NXDOMAIN）、PTR で 80.113.0.203.in-addr.arpa を試してください。";
    DnsRecordsPrompt => "Each record type with records from the built-in zones.", "組み込みのゾーンのレコードで、各タイプを説明します。";
    ColField => "field", "フィールド";
    ColValue => "value", "値";
    ColMeaning => "meaning", "意味";
    HttpTitle => "HTTP message check", "HTTP メッセージの確認";
    ViewMessage => "Message", "メッセージ";
    ViewStatus => "Status codes", "ステータスコード";
    FieldCodes => "Codes", "コード";
    PhCodes => "e.g. 200 301 404 503", "例：200 301 404 503";
    HttpStatusPrompt => "Type status codes, 100 to 599, separated by spaces.", "100〜599 のステータスコードを空白で区切って入力してください。";
    ColCode => "code", "コード";
    ColClass => "class", "クラス";
    ColReason => "reason phrase", "理由句";
    HttpClasses => "Classes by first digit", "先頭の数字によるクラス";
    HttpClean => "{0}: {1} parts, no problems", "{0}：{1} 個の部分、問題なし";
    HttpProblems => "problems: {0} · {1}", "問題 {0} 件：{1}";
    HttpEmpty => "Type a request or a response; Enter starts a new line with CR LF.", "リクエストかレスポンスを入力してください。Enter で CR LF の改行が入ります。";
    HttpNoProblems => "No problems found.", "問題は見つかりませんでした。";
    HttpProblemsHeading => "Problems", "問題点";
    HttpLineEnds => "␍␊ marks a CR LF line end, a lone ␊ a bare LF.", "␍␊ は CR LF の行末、␊ だけなら LF のみの行末です。";
    PartRequestLine => "request line", "リクエスト行";
    PartStatusLine => "status line", "ステータス行";
    PartHeader => "header", "ヘッダー";
    PartNotAHeader => "not a header", "ヘッダーではない行";
    PartFold => "folded line", "折り返し行";
    PartEmptyLine => "empty line", "空行";
    PartBody => "body", "ボディ";
    HttpRequest => "request", "リクエスト";
    HttpResponse => "response", "レスポンス";
    SshTitle => "SSH public-key login", "SSH 公開鍵認証";
    FieldUser => "User", "ユーザー";
    PhUser => "the user logging in (ec2-user when empty)", "ログインするユーザー（空欄なら ec2-user）";
    SshHeading => "SSH-2 public-key authentication (RFC 4252 §7) for user \"{0}\"", "ユーザー「{0}」の SSH-2 公開鍵認証（RFC 4252 §7）";
    SshStepAnswer => "step {0} of {1}: {2}", "{1} 手順中 {0}：{2}";
    SshStepHeading => "Step {0} of {1} · {2}", "手順 {0} / {1} · {2}";
    SshKeyPair => "key pair", "鍵ペア";
    SshSessionId => "session identifier", "セッション識別子";
    SshSignedData => "data to sign", "署名するデータ";
    SshSignature => "signature", "署名";
    SshRequest => "request", "リクエスト";
    SshVerify => "verification", "検証";
    SshTampered => "tampered copies", "改ざんしたコピー";
    LblPublicKey => "public key", "公開鍵";
    LblFingerprint => "fingerprint", "フィンガープリント";
    LblPrivateKey => "private key", "秘密鍵";
    SshPrivateStays => "stays on the client and is never sent", "クライアントに置いたまま、送られることはない";
    SshSeed => "generated from seed {0}: netdojo ssh walk --seed {0} makes the same pair", "シード {0} から生成：netdojo ssh walk --seed {0} で同じ鍵ペアになる";
    LblSeed => "seed", "シード";
    SshSignedBytes => "{0} bytes in all, field by field, with the bytes of each:", "全部で {0} バイト。フィールドごとに、そのバイト列とともに：";
    SshAuthorized => "the key is listed for {0}: {1}", "{0} の鍵として登録済み：{1}";
    SshChecked => "checked with the public key over the rebuilt data: {0}", "組み立て直したデータを公開鍵で検証：{0}";
    SshSuccess => "SSH_MSG_USERAUTH_SUCCESS: the user is logged in", "SSH_MSG_USERAUTH_SUCCESS：ログイン成功";
    SshFailure => "SSH_MSG_USERAUTH_FAILURE", "SSH_MSG_USERAUTH_FAILURE";
    LblResult => "result", "結果";
    SshOtherSession => "replayed on another connection (session id {0}…)", "別の接続で使い回した（セッション ID {0}…）";
    SshFlipped => "byte {0} ({1}) changed {2} → {3}", "{0} バイト目（{1}）を {2} → {3} に変えた";
    SshVerification => "verification {0}", "検証 {0}";
    SshNext => "{0}: the next step.", "{0}：次の手順へ。";
    SshEnd => "Nothing is ever encrypted with the user's key: the signature proves the client holds the private key, for this connection and this user only.",
        "ユーザーの鍵で何かを暗号化することはありません。署名は、この接続・このユーザーに限って、クライアントが秘密鍵を持っていることを示します。";
    // AWS calculators
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
    // Weighted routing, instance types, certificates, MySQL hosts, public IPv4
    WeightedTitle => "Weighted routing", "加重ルーティング";
    InstanceTitle => "EC2 instance types", "EC2インスタンスタイプ";
    CertTitle => "Certificate names", "証明書の名前";
    MysqlTitle => "MySQL host patterns", "MySQLのホスト指定";
    Ipv4Title => "Public IPv4 cost", "パブリックIPv4の料金";
    FieldWeights => "Weights", "重み";
    PhWeights => "e.g. blue=90,green=10 (0 to 255 each)", "例：blue=90,green=10（それぞれ0〜255）";
    FieldTypes => "Instance types", "インスタンスタイプ";
    PhTypes => "e.g. m5.large c7g.xlarge", "例：m5.large c7g.xlarge";
    FieldSans => "Certificate", "証明書の名前";
    PhSans => "e.g. example.com,*.example.com", "例：example.com,*.example.com";
    FieldHostNames => "Host names", "ホスト名";
    PhHostNames => "e.g. www.example.com a.b.example.com", "例：www.example.com a.b.example.com";
    FieldAccounts => "Accounts", "アカウント";
    PhAccounts => "e.g. 'app'@'%' 'app'@'10.0.%'", "例：'app'@'%' 'app'@'10.0.%'";
    FieldClients => "Clients", "接続元";
    PhClients => "e.g. app@10.0.1.5", "例：app@10.0.1.5";
    FieldAddresses => "Addresses", "アドレス数";
    PhAddresses => "e.g. 3", "例：3";
    FieldHours => "Hours each", "1つあたりの時間";
    PhHours => "optional, 730 (a month) when empty", "省略可。空欄なら730（1か月）";
    WeightedPrompt => "Type the weights of the records, separated by commas.", "レコードの重みをカンマ区切りで入力してください。";
    InstancePrompt => "Type one or more instance types, such as m5.large.", "m5.large のようなインスタンスタイプを1つ以上入力してください。";
    CertPrompt => "Type the certificate's names, then the host names to check.", "証明書の名前と、確かめたいホスト名を入力してください。";
    MysqlPrompt => "Type the accounts ('user'@'host'), then the clients (user@address).", "アカウント（'user'@'host'）と接続元（user@address）を入力してください。";
    Ipv4Prompt => "Type how many public IPv4 addresses you hold.", "保有しているパブリックIPv4アドレスの数を入力してください。";
    WeightedNote => "Shares assume every record is healthy: Route 53 leaves out an unhealthy record and shares the answers among the rest.",
        "この割合はすべてのレコードが正常な場合です。異常なレコードは除かれ、残りのレコードで応答を分け合います。";
    CertNote => "A wildcard stands for exactly one label: *.example.com covers www.example.com, but neither example.com nor a.b.example.com.",
        "ワイルドカードはちょうど1つのラベルの代わりです。*.example.com は www.example.com に合いますが、example.com や a.b.example.com には合いません。";
    MysqlNote => "MySQL sorts the accounts by how specific the host is and takes the first that matches, not the first created.",
        "MySQLはホストの指定が具体的な順にアカウントを並べ、最初に合ったものを使います。作った順ではありません。";
    Ipv4Note => "Every public IPv4 address is charged by the hour, attached or idle, Elastic IP or not.",
        "パブリックIPv4アドレスは、使用中かどうか、Elastic IPかどうかにかかわらず、1時間ごとに課金されます。";
    // Practice
    PracticeTitle => "Practice", "練習";
    StatsTitle => "Statistics", "学習の記録";
    PracticeDue => "what is due today", "今日の復習";
    PracticeMixed => "every skill (nothing is due today)", "全スキル（今日の復習はなし）";
    PracticeAgainTag => "again", "再挑戦";
    PracticeHowChoice => "Press the letter (A to {0}) or the number (1 to {1}) of your answer.",
        "答えの記号（A〜{0}）か番号（1〜{1}）のキーを押してください。";
    PracticeHowTrueFalse => "Press A (or 1) for true, B (or 2) for false.",
        "正しければ A（または 1）、誤りなら B（または 2）を押してください。";
    PracticeHowMulti => "Type the letters of every right choice (such as A,C), then press Enter.",
        "正しい選択肢の記号をすべて入力し（例：A,C）、Enter を押してください。";
    PracticeHowOrder => "Type the letters from first to last (such as CAB), then press Enter.",
        "記号を最初から順に入力し（例：CAB）、Enter を押してください。";
    PracticeHowText => "Type the answer (written like {0}), then press Enter.",
        "答えを入力し（書き方の例：{0}）、Enter を押してください。";
    PracticeHowNumber => "Type the number (in {0}), then press Enter.",
        "数値を入力し（単位：{0}）、Enter を押してください。";
    PracticeHowPlain => "Type the answer, then press Enter.", "答えを入力し、Enter を押してください。";
    PracticeRight => "✓ Right.", "✓ 正解です。";
    PracticeWrong => "✗ Not quite: the answer is {0}.", "✗ 不正解：答えは {0} です。";
    PracticeWhy => "Why: ", "原因：";
    PracticeTitleOf => "Practice: {0}", "練習：{0}";
    PracticeWorking => "Working", "解き方";
    PracticeCalcHint => "Press {0} to see this in the calculator with the question's values.",
        "{0} を押すと、問題の値を入れた計算機で確かめられます。";
    PracticeDone => "Session over: {0} of {1} right the first time.",
        "練習終了：{1} 問中 {0} 問が一度で正解。";
    PracticeNothing => "There is nothing to practise here: no skill of this choice has practice questions.",
        "ここには練習できる問題がありません。選んだ範囲に練習問題のあるスキルがありません。";
    PracticeAllRight => "Everything was right the first time.", "すべて一度で正解しました。";
    PracticeMissedHint => "Press {0} to practise what you missed: {1}.",
        "{0} を押すと、間違えたスキルを練習します：{1}。";
    PracticeAgainHint => "Press {0} for a new session of the same, Esc to leave.",
        "{0} で同じ範囲をもう一度、Esc で戻ります。";
    PracColSkill => "skill", "スキル";
    PracColAsked => "asked", "出題";
    PracColRight => "right", "正解";
    PracColRetry => "right on retry", "再挑戦で正解";
    NoCalcForQuestion => "No calculator fits this question.", "この問題に合う計算機はありません。";
    NothingMissed => "Nothing was missed in this session.", "この練習で間違えた問題はありません。";
    SectionPracticeDue => "Practice (due today: {0})", "練習（今日の復習：{0}）";
    ProgressNotSaved => "Progress will not be saved: {0}", "学習の記録は保存されません：{0}";
    ProgressWarning => "Progress: {0}", "学習の記録：{0}";
    CtxPracticeAsk => "Answering a practice question", "練習問題に回答中";
    CtxPracticeFeedback => "After a practice answer", "練習問題の答え合わせの後";
    CtxPracticeSummary => "End of a practice session", "練習の終わり";
    CtxPracticeScroll => "Practice and statistics", "練習と学習の記録";
    CtxPracticeSession => "Anywhere in practice", "練習中はいつでも";
    KeyNextDifficulty => "next difficulty", "次の難易度";
    DifficultyEasy => "easy", "やさしい";
    DifficultyMedium => "medium", "ふつう";
    DifficultyHard => "hard", "難しい";
    PracticeDifficultyChanged => "Difficulty: {0}, from the next new question.", "難易度：{0}（次の新しい問題から）";
    KeyCheckAnswer => "check the answer", "答え合わせ";
    KeyNextQuestion => "next question", "次の問題";
    KeyOpenCalc => "open the calculator with the question's values", "問題の値で計算機を開く";
    HintOpenCalc => "calculator", "計算機";
    KeyPractiseMissed => "practise what you missed", "間違えたスキルを練習";
    HintPractiseMissed => "missed", "間違えた問題";
    KeyPractiseAgain => "a new session of the same", "同じ範囲をもう一度";
    HintPractiseAgain => "again", "もう一度";
    StatsEmpty => "No practice recorded yet: open Practice on the home screen.",
        "まだ練習の記録がありません。ホーム画面の「練習」から始めましょう。";
    StatsSummary => "{0} answers, {1} right ({2}%). Streak: {3} days. Skills due today: {4}.",
        "解答 {0} 問、正解 {1} 問（{2}%）。連続学習：{3} 日。今日の復習：{4} スキル。";
    StatsModules => "By module", "モジュール別";
    StatsSkills => "By skill", "スキル別";
    StatsColModule => "module", "モジュール";
    StatsColAnswered => "answered", "解答";
    StatsColRight => "right", "正解";
    StatsColAccuracy => "accuracy", "正答率";
    StatsColSkill => "skill", "スキル";
    StatsColDue => "next review", "次の復習";
    StatsColBox => "box", "箱";
    StatsDueNow => "today", "今日";
    StatsDueTomorrow => "tomorrow", "明日";
    StatsDueIn => "in {0} days ({1})", "{0} 日後（{1}）";
    // Exam
    ExamTitle => "Exam", "試験";
    ExamHeadingOne => "Question {0} of {1} (1 point)", "問題 {0} / {1}（1 点）";
    ExamHeadingMany => "Question {0} of {1} ({2} points)", "問題 {0} / {1}（{2} 点）";
    ExamStudent => "{0} · {1}", "{0}・受験者 {1}";
    ExamTimeLeft => "left {0}", "残り {0}";
    ExamTimeUsed => "time {0}", "経過 {0}";
    ExamQuestionLeft => "this question {0}", "この問題 {0}";
    ExamProgress => "{0} of {1} answered", "{1} 問中 {0} 問回答";
    ExamAnswerPrompt => "Answer: ", "答え：";
    ExamAnswerLocked => "Your answer: {0}", "あなたの答え：{0}";
    ExamLocked => "Locked: this answer can no longer be changed.", "ロック済み：この答えはもう変更できません。";
    ExamNoAnswer => "(none)", "（なし）";
    ExamRecorded => "Answer {0} recorded: it can be changed until you submit.", "問題 {0} の答えを記録しました。提出するまで変更できます。";
    ExamTryAgain => "{0}. Try again.", "{0}。もう一度入力してください。";
    ExamRight => "Right (+{0}).", "正解（+{0} 点）。";
    ExamWrong => "Wrong. The answer is {0}.", "不正解。答えは {0} です。";
    ExamSkipped => "Skipped. The answer is {0}.", "飛ばしました。答えは {0} です。";
    ExamLate => "Too late: it does not count. The answer is {0}.", "時間切れのため得点になりません。答えは {0} です。";
    ExamQuestionTimeUp => "Time is up for question {0}: it is locked.", "問題 {0} は時間切れです。ロックしました。";
    ExamTimeUp => "Time is up: the exam was submitted with the answers given.", "時間切れです。ここまでの答えで提出しました。";
    ExamResumed => "Resumed: {0} of {1} questions answered so far.", "再開しました：{1} 問中 {0} 問に回答済みです。";
    ExamReviewTitle => "Review before submitting", "提出前の確認";
    ExamReviewNote => "Enter opens a question to change it; s submits.", "Enter で問題を開いて答えを変更できます。s で提出します。";
    ExamUnanswered => "(unanswered)", "（未回答）";
    ExamLockedTag => "locked", "ロック";
    ExamColNumber => "#", "問";
    ExamColAnswer => "answer", "答え";
    ExamColTime => "time", "時間";
    ExamColResult => "result", "結果";
    ExamColPoints => "points", "得点";
    ExamColCorrect => "correct answer", "正解";
    ExamConfirmTitle => "Submit the exam?", "試験を提出しますか？";
    ExamConfirmBody => "{0} of {1} questions answered. After submitting, no answer can be changed.", "{1} 問中 {0} 問に回答しました。提出すると答えは変更できません。";
    ExamConfirmKeys => "y or Enter submits; n or Esc goes back to the review.", "y か Enter で提出、n か Esc で確認画面に戻ります。";
    ExamSubmitting => "Submitting…", "提出しています…";
    ExamSubmitted => "Submitted", "提出しました";
    ExamSavedTo => "Saved: {0}", "保存先：{0}";
    ExamScore => "Score: {0}/{1} ({2}%)", "得点：{0}/{1}（{2}%）";
    ExamSubmitFailed => "The result could not be written: {0}. Press s to try again.", "結果を書き込めませんでした：{0}。s でもう一度試せます。";
    ExamSaveFailed => "The answers could not be saved: {0}", "答えを保存できませんでした：{0}";
    ExamNoLessons => "Lessons are closed during this exam.", "この試験中はレッスンを開けません。";
    ExamNoCalculators => "Calculators are closed during this exam.", "この試験中は計算ツールを使えません。";
    ExamOneLanguage => "This exam is written in {0} only.", "この試験は {0} のみです。";
    ExamOutcomeRight => "right", "正解";
    ExamOutcomeWrong => "wrong", "不正解";
    ExamOutcomeUnreadable => "unreadable", "読めない";
    ExamOutcomeSkipped => "skipped", "未回答";
    ExamOutcomeLate => "late", "時間切れ";
    CtxExam => "Exam question", "試験の問題";
    CtxExamReview => "Exam review", "試験の確認";
    CtxExamConfirm => "Submitting the exam", "試験の提出";
    CtxExamDone => "Exam submitted", "提出後";
    KeyExamAnswer => "record the answer (locked ones: next question)", "答えを記録（ロック済みなら次の問題へ）";
    HintExamAnswer => "answer", "回答";
    KeyExamNext => "next question", "次の問題";
    HintExamNext => "next", "次";
    KeyExamPrev => "previous question", "前の問題";
    HintExamPrev => "previous", "前";
    KeyExamReview => "review the answers and submit", "答えを確認して提出";
    HintExamReview => "review", "確認";
    KeyExamLessons => "open a lesson (when the exam allows it)", "レッスンを開く（試験が許す場合）";
    KeyExamCalculators => "open a calculator (when the exam allows it)", "計算ツールを開く（試験が許す場合）";
    KeyExamJump => "open the selected question", "選んだ問題を開く";
    HintExamJump => "open", "開く";
    KeyExamSubmit => "submit the exam", "試験を提出";
    HintExamSubmit => "submit", "提出";
    KeyExamToQuestion => "back to the question", "問題に戻る";
    KeyExamConfirm => "yes, submit", "はい、提出する";
    KeyExamCancel => "no, back to the review", "いいえ、確認画面に戻る";
    KeyExamRetry => "try submitting again", "もう一度提出する";
    KeyExamLeave => "leave", "終了";

    // Security groups and network ACLs
    SgTitle => "Security group", "セキュリティグループ";
    NaclTitle => "Network ACL", "ネットワークACL";
    FwFieldRules => "Rules", "ルール";
    FwPhSgRules => "db, web, or tcp 443 0.0.0.0/0; tcp 22 sg-admin", "db、web、または tcp 443 0.0.0.0/0; tcp 22 sg-admin";
    FwPhNaclRules => "nacl-inbound, nacl-outbound, or 100 allow tcp 443 0.0.0.0/0; ...", "nacl-inbound、nacl-outbound、または 100 allow tcp 443 0.0.0.0/0; ...";
    FwFieldFrom => "Source address", "送信元アドレス";
    FwFieldTo => "Destination address", "宛先アドレス";
    FwPhAddress => "e.g. 10.0.1.5", "例：10.0.1.5";
    FwFieldProto => "Protocol", "プロトコル";
    FwPhProto => "tcp, udp or icmp", "tcp・udp・icmp";
    FwFieldPort => "Port (ICMP type)", "ポート（ICMPタイプ）";
    FwPhPort => "e.g. 443", "例：443";
    FwFieldGroups => "Sender's groups", "送信元のグループ";
    FwPhGroups => "e.g. sg-web (optional)", "例：sg-web（省略可）";
    SgPrompt => "Type rules or an example (db, web), then address, protocol and port.",
        "ルールか例（db、web）と、アドレス・プロトコル・ポートを入力してください。";
    NaclPrompt => "Type rules or an example (nacl-inbound), then address, protocol and port.",
        "ルールか例（nacl-inbound）、アドレス・プロトコル・ポートを入力します。";
    FwInbound => "Inbound", "インバウンド";
    FwOutbound => "Outbound", "アウトバウンド";
    FwExampleLabel => "the example {0}", "例 {0}";
    FwTypedLabel => "the rules typed", "入力したルール";
    FwBundled => "Bundled rules", "付属のルール";
    SgNote => "A security group is stateful and works at the network interface: it has allow rules only, what no rule allows is dropped, and the replies of an allowed connection go back out by themselves. A rule can name another group (sg-web) instead of addresses.",
        "セキュリティグループはネットワークインターフェース単位のステートフルなファイアウォールです。許可ルールしかなく、どのルールにも許可されないものは破棄され、許可された接続の応答は自動で送り返されます。ルールにはアドレスの代わりに別のグループ（sg-web）を指定できます。";
    NaclNote => "A network ACL is stateless and works at the subnet: numbered allow and deny rules, lowest number first, the first match decides and * denies the rest. A reply is judged by the other direction's rules, so it needs a rule for the client's ephemeral ports (1024-65535 covers every client).",
        "ネットワークACLはサブネット単位のステートレスなファイアウォールです。番号付きの許可・拒否ルールを番号の小さい順に評価し、最初に一致したルールで決まり、どれにも一致しなければ * が拒否します。応答は逆方向のルールで判定されるため、クライアントのエフェメラルポートを通すルールが必要です（1024-65535 ならどのクライアントにも対応）。";
}
