# kaohe 的提示文字(繁體中文)。每個 id 一條;`{ $name }` 是程式填入的參數。各語言的 id 和參數相同(有測試檢查)。

## Shared words

test-misses = { $count } 次

pay-base-salary = 基本工資
pay-allowance = 補助
pay-appraisal-wage = 考核工資
pay-attendance-bonus = 出勤獎金
pay-special-bonus = 特殊獎金
pay-rewards = 獎勵
pay-fines = 罰款
pay-adjustment = 考核工資調整
pay-gross = 應發工資

## Codes: statuses, sources, appeals, categories, actions, warning kinds

status-regular = 正式
status-probation = 考查期
status-training = 培訓期
source-spot_check = 抽查
source-dept_feedback = 部門意見
source-manager_review = 主管評定
appeal-pending = 申訴待定
appeal-upheld = 申訴成立
appeal-rejected = 申訴駁回
category-attendance = 出勤
category-hygiene = 衛生
action-dept_praise = 部門內部表揚
action-company_praise = 全公司通報表揚
action-raise_review = 考慮提高基本工資
action-retrain = 臨時離崗強化培訓一週
action-reassign_review = 調換崗位或清退
warning-sampling_gap = 抽查間隔
warning-survey_count = 調查份數
warning-repeated_row = 重複列
warning-unknown_column = 未知欄位
warning-negative_gross = 應發工資為負
warning-missing_table = 缺少表
warning-no_ledger = 沒有台帳
warning-unknown_file = 未知檔案
warning-title_rows = 標題列
warning-totals_row = 合計列
warning-pending_appeal = 申訴待定

## Input and checks (src/input, src/check, src/problem.rs)

# 位置和問題:`qa.csv 第7列「日期」欄:… — …`。
input-place-row = 第{ $row }列
input-place-column = { $column } 欄
input-place-column-named = 「{ $column }」欄
input-problem = { $place }:{ $what } — { $fix }
input-problem-no-fix = { $place }:{ $what }
input-list-separator = 、
check-table-separator = ;
check-or-separator = {" 或 "}

# 哪個檔案或工作表是哪個表。
input-not-read-format = { $file } 未讀取:kaohe 只讀取 .csv、.xlsx、.xls、.ods 檔案中的表,請另存為其中一種格式
input-unknown-file = 這不是 kaohe 認識的表,未讀取
input-maybe-table = 這可能是{ $table }表,但這個名稱不會被讀取——如要使用,請改名為 { $names }
input-several-sheets = 有多個工作表都是{ $table }表:{ $list }
input-several-sheets-fix = 每個表只保留一個工作表,其餘的改名或刪除
input-several-files = 有多個檔案都是{ $table }表:{ $list }
input-several-files-fix = 每個表只保留一個檔案,把其餘的移出資料夾
input-ambiguous = { $list } 都像是{ $table }表,kaohe 不會猜測用哪一個
input-ambiguous-fix = 只保留正確的那個(命名為 { $names }),把其餘的(副本、舊版本)移出資料夾

# 表的格式。
check-title-rows = 標題列在第 { $header } 列;其上方的 { $count } 列(第 { $rows } 列)不是資料,已跳過:{ $skipped }
check-merged-header = 標題單元格 { $span } 被合併,部分欄沒有自己的名稱
check-merged-header-fix = 取消合併,並在標題列為每一欄命名
check-merged = 單元格 { $span } 被合併;只有第一格有值
check-merged-fix = 取消合併,並在每一格填入數值
check-row-width = 此列有 { $cells } 格,標題列有 { $header } 格
check-row-width-fix = 此列少了或多了分隔符(含逗號的值,如 "¥3,000",必須加引號);請修正,使每個值都在自己的欄下
check-unnamed-column = 此值所在的欄在標題列中沒有名稱
check-unnamed-column-fix = 請在標題列為該欄命名,或刪除此值
check-totals-row = 合計列({ $word })已跳過;kaohe 會自行計算合計
check-header-error = 欄名是 Excel 錯誤值 { $value }
check-header-error-fix = 請以文字輸入欄名
check-column-twice = { $first } 和 { $second } 兩欄都是{ $column }
check-column-twice-fix = 保留其中一欄,刪除或改名另一欄
check-unknown-column = 未知的欄「{ $column }」已忽略
check-missing-column = 缺少必需的欄:{ $column }
check-missing-column-fix = 在標題列加一欄,標題為 { $names }

# 本月的各個表。
check-missing-table = 缺少必需的{ $table }表
check-missing-table-fix = 新增名為 { $names } 的檔案或工作表(.csv、.xlsx、.xls 或 .ods)
check-missing-table-hint = { $fix };{ $file } 可能就是,請改名
check-absent-table = 沒有{ $table }表({ $names }):本月按空表處理
check-not-on-roster = 工號 { $id } 不在人員名冊中
check-not-on-roster-zeros-fix = 名冊中有 { $roster_id }:Excel 會去掉數字工號開頭的 0——請把工號欄設為文字格式,並輸入 { $roster_id }
check-not-on-roster-fix = 改正工號,或把此人加入人員表
check-duplicate-agent = 工號 { $id } 已在名冊第 { $first } 列出現
check-duplicate-agent-fix = 每人只列一次:改正工號或刪除此列
check-sum-too-large = 此人的合計過大,無法精確相加
check-sum-too-large-fix = 請檢查此人各列的金額和分數
check-repeated-row = 第 { $row } 列與第 { $first } 列完全相同;兩列都計入
check-outside-table = { $file } { $dated } 列中 { $count } 列,多數在 { $month }
check-mostly-outside = 大部分日期不在 { $month } 月內({ $tables }):--month 是否填錯?
check-mostly-outside-fix = 如果這些檔案屬於 { $top },請用 --month { $top };否則請改正日期
check-pending-appeal = { $id } 於 { $date } 的 { $leaf } 問題申訴待定:裁定前照常扣分
check-sampling-window = { $from }–{ $to }日
check-sampling-gap = { $id } { $name } 在 { $month }月{ $from }日–{ $to }日 沒有抽查(規則要求每個抽查時段各抽查一次:{ $windows })
check-survey-count = 本月有 { $count } 份滿意度調查;制度要求每月調查 { $min }–{ $max } 名客戶

# 一列中的各個單元格。
check-excel-error = 單元格是 Excel 錯誤值 { $value }
check-excel-error-fix = 修正公式或直接輸入數值
check-empty = { $column }為空
check-empty-fix = 請填寫;此項必填
check-agent-id-number = { $value } 不是工號(工號為整數或文字)
check-agent-id-number-fix = 請輸入工號
check-not-date = 「{ $value }」不是日期
check-not-date-fix = 日期請寫成 2026-10-03、2026/10/03 或 2026年10月3日
check-outside-month = { $date } 不在 { $month } 月內
check-outside-month-fix = 改正日期,或把此列移到所屬月份的資料中
check-not-number = { $column }「{ $value }」不是數字
check-not-number-fix = 請寫數字,例如 2、0.5 或 3200.00
check-negative = { $column } { $value } 是負數
check-negative-fix = 請寫正數
check-over-limit = { $column } { $value } 超過上限 { $limit }
check-over-limit-money-fix = 請檢查數值:每格金額最多 { $limit } 元
check-over-limit-count-fix = 請檢查數值:每列最多 { $limit }
check-decimals = { $column } { $value } 超過兩位小數
check-decimals-fix = 金額以元為單位,最多兩位小數(分)
check-unknown-value = 「{ $value }」不是有效的{ $what }
check-unknown-value-fix = 請使用其中之一:{ $choices }
check-what-status = 狀態
check-what-leaf = 項目代碼
check-what-source = 來源
check-what-appeal = 申訴結果
check-what-topic = 調查類別
check-what-category = 類別
check-what-attendance-kind = 考勤事項
check-what-award-kind = 獎勵類別
check-what-penalty-kind = 罰款類別
check-misses-without-item = 有次數 { $misses } 但沒有項目
check-misses-without-item-fix = 請填寫對應的項目代碼;無問題的抽查請清空次數
check-void-contradicts = 作廢表示申訴成立,但申訴一欄是「{ $appeal }」
check-void-contradicts-fix = 二者只留一個:清空作廢,或改正申訴
check-appeal-without-finding = 沒有項目(無問題的抽查)的列不能申訴
check-appeal-without-finding-fix = 請填寫所申訴的項目代碼,或清空申訴各欄
check-decision-without-appeal = 沒有申訴的問題卻有裁定
check-decision-without-appeal-fix = 請填寫申訴結果(待定、成立、駁回),或清空裁定
check-pending-decided = 待定的申訴已有裁定日期
check-pending-decided-fix = 請填寫裁定結果(成立或駁回),或清空日期
check-not-whole = { $column } { $value } 不是整數
check-not-whole-fix = 次數請寫整數:1、2、3
check-not-yes-no = 「{ $value }」不是 是/否
check-not-yes-no-fix = 申訴成立寫「是」(或填寫申訴一欄),否則留空
check-rating = 評價「{ $value }」不是 1–5
check-rating-fix = 請寫 1–5,或 非常滿意/滿意/一般/不滿意/非常不滿意
check-kind-category = 事項「{ $kind }」屬於{ $kind_category },但此列類別是{ $category }
check-kind-category-fix = 請改正類別或事項
check-kind-points = { $kind }({ $points } 分)
check-no-points-no-kind = 此列既沒有扣分也沒有事項
check-no-points-no-kind-fix = 請填寫扣分,或有預設扣分的事項:{ $kinds }
check-fine-needs-amount = { $kind }罰款必須填寫金額
check-fine-needs-amount-fix = 請填寫公司決定的罰款金額(元)
check-fine-range = { $kind }罰款 { $amount } 超出範圍 { $range }
check-fine-range-fix = 請填寫 { $range } 元之內的金額


# 讀取檔案和工作簿。
input-not-folder-or-workbook = 這既不是資料夾,也不是工作簿(.xlsx、.xls、.ods)
input-not-folder-or-workbook-fix = --input 請給出存放 agents.csv、qa.csv 等檔案的資料夾,或各工作表即為各表的一個工作簿
input-not-utf16 = 此檔案無法作為文字讀取:其位元組不是有效的 UTF-16
input-save-csv-utf8-fix = 請在 Excel 中另存為"CSV UTF-8",或檢查是否選對了檔案
input-binary = 此檔案無法作為文字讀取:它是{ $kind }
input-binary-fix = 請給檔案改用真正的副檔名(.xlsx、.xls、.ods),或把表匯出為 CSV
input-kind-zip = zip 壓縮檔案(是以 .csv 為名儲存的 .xlsx 或 .ods 工作簿嗎?)
input-kind-xls = 以 .csv 為名儲存的舊版 Excel 工作簿(.xls)
input-kind-pdf = PDF 文件
input-nul-bytes-no-bom = 此檔案無法作為文字讀取:其中有 NUL 位元組(沒有位元組順序標記的 UTF-16,或者不是文字檔案)
input-nul-bytes = 此檔案無法作為文字讀取:其中有 NUL 位元組
input-encoding-unknown = 無法判斷此檔案的編碼:{ $why }
input-encoding-none = 其位元組既不是 UTF-8,也不是 GBK/GB18030 或 Big5 文字
input-encoding-both = 它既可讀作 GBK 也可讀作 Big5,kaohe 無法判斷是哪一種
input-encoding-fix = 請在 Excel 中另存為"CSV UTF-8"(另存為 → CSV UTF-8),或檢查是否選對了檔案
input-open-quote = CSV 格式錯誤:此列開始的引號到第 { $line } 行之前都沒有閉合
input-open-quote-fix = 請用文字編輯器打開檔案,補上缺少的引號(值中的引號要寫兩次:"")
input-control-char = 單元格中有控制字符 U+{ $code }
input-control-char-fix = 請刪除它(在 Excel 中看不見;常因從其他程式複製文字而來)
input-mixed-encoding = 此單元格的位元組不像檔案其餘部分那樣是 { $encoding } 文字
input-mixed-encoding-fix = 檔案混用了多種編碼:請重新輸入此單元格,或把整個檔案重新另存為"CSV UTF-8"
input-cannot-read-workbook = 無法讀取工作簿:{ $error }
input-cannot-read-workbook-fix = 請檢查路徑和權限
input-not-a-workbook = 這不是 kaohe 能讀取的工作簿:{ $error }
input-not-a-workbook-fix = 請用 Excel 或 LibreOffice 打開並另存為 .xlsx,或檢查是否選對了檔案
input-no-sheets = 工作簿中沒有工作表
input-no-sheets-fix = 請把表放在第一個工作表上
input-cannot-read-sheet = 無法讀取工作表:{ $error }
input-cannot-read-sheet-fix = 請在 Excel 中打開並儲存檔案,然後重試
input-xlsb = 不支援 xlsb 工作簿;請另存為 .xlsx
input-rows-out-of-order = 工作表中各列的儲存順序錯亂(Excel 從不這樣儲存)
input-rows-out-of-order-fix = 請用 Excel 或 LibreOffice 打開工作簿並重新儲存
input-formula-no-value = 單元格中的公式{ $formula }沒有計算結果
input-formula-no-value-fix = 請在 Excel(或 LibreOffice)中打開並儲存檔案,以算出數值,或直接輸入數值
input-workbook-damaged = 工作簿已損壞:{ $error }
input-workbook-damaged-fix = 請用 Excel 或 LibreOffice 打開並重新儲存(存為 .xlsx),或檢查是否選對了檔案
input-sheet-too-big = 工作表展開後有 { $cells } 個單元格({ $rows } 列 × { $columns } 欄),超過 kaohe 從 .ods 或 .xls 讀取的上限
input-sheet-too-big-fix = 請把工作簿另存為 .xlsx(逐格讀取)或 CSV
input-stray-cell = 工作表在 { $cell } 處有一個遠離表格的值:按網格讀取將達 { $rows } 列 × { $columns } 欄
input-stray-cell-fix = 請刪除這個多餘的單元格(在 Excel 中按 Ctrl+End 可跳到該處),或刪除表格右側和下方的所有內容,然後重新儲存

# 規則檔案(src/rules.rs):位置、名稱和其中的問題。
rules-place = { $file } 第{ $line }行第{ $column }欄
rules-built-in = 內建規則 { $file }
rules-fix-format = 請對照 rules/default.toml 的寫法改正規則檔案
rules-fix-swap = 請把兩者對調
rules-unreadable = 無法讀取規則檔案:{ $reason }
rules-unreadable-control = 其中有控制字元,不是文字檔
rules-unreadable-not-utf8 = 它不是 UTF-8 文字(是否存成了 GBK/ANSI?)
rules-unreadable-fix = 請以 UTF-8 編碼儲存(記事本:另存為 → 編碼:UTF-8),最好以 rules/default.toml 為底稿修改
rules-toml-unknown-key = 未知的鍵 `{ $key }`
rules-toml-unknown-key-fix = 請刪去它或改正拼寫;這裡可用的鍵:{ $keys }
rules-toml-unknown-key-none-fix = 請刪去它:這裡不設任何鍵
rules-toml-missing-key = 缺少鍵 `{ $key }`
rules-toml-missing-key-fix = 請在這裡補上 { $key } = …(寫法見 rules/default.toml)
rules-toml-unknown-value = `{ $value }` 不是這裡可用的值
rules-toml-unknown-value-fix = 請使用其中之一:{ $values }
rules-toml-wrong-value = 這裡的值不對,應為:{ $expected }
rules-toml-expected-whole = 0 或更大的整數
rules-toml-expected-small = 0–255 的整數
rules-toml-expected-bool = true 或 false
rules-toml-expected-text = 加英文雙引號的文字
rules-toml-expected-list = 方括號括起的清單
rules-toml-expected-other = 另一種類型
rules-toml-duplicate-key = 這個鍵重複出現
rules-toml-duplicate-key-fix = 每個鍵和每個 [表] 只寫一次;請刪去或合併重複的那個
rules-toml-syntax = 這裡不符合 TOML 的寫法
rules-not-a-number = `{ $value }` 不是數字
rules-unusable-number = { $value } 不是可用的數字
rules-full-marks = scheme.work_full_marks 是 { $value },必須大於 0
rules-full-marks-fix = 請填寫工作考核分的滿分,例如 50
rules-item-twice = 分項 { $item } 定義了兩次
rules-item-twice-fix = 每個分項用自己的編號
rules-item-points = 分項 { $item } 的分值是 { $points },必須大於 0
rules-item-points-fix = 請填寫該分項的分值
rules-leaf-code = 考核內容代碼 `{ $code }` 為空或含有 `;`/`,`
rules-leaf-code-fix = 請用簡短的代碼,例如 1a
rules-leaf-item = 考核內容 { $leaf } 屬於分項 { $item },但該分項沒有定義
rules-leaf-item-fix = 請在 [[items]] 下新增該分項,或改正考核內容的分項編號
rules-leaf-points = 考核內容 { $leaf } 的分值是 { $points },每次扣分(per_miss)是 { $per_miss };兩者都必須大於 0
rules-leaf-points-fix = 請給考核內容填寫正數的分值和每次扣分
rules-item-leaves-over = 分項 { $item } 的考核內容合計 { $sum } 分,超過該分項的 { $points } 分
rules-item-leaves-over-fix = 請降低考核內容的分值,或提高分項的分值
rules-items-over = 各分項合計 { $sum } 分,超過工作考核分的滿分 { $full } 分
rules-items-over-fix = 請降低分項的分值,或提高 scheme.work_full_marks
rules-survey-thresholds = surveys:dissatisfied_at_most { $dissatisfied } 必須小於 satisfied_at_least { $satisfied },且兩者都在 1–5 之間
rules-survey-thresholds-fix = 例如 dissatisfied_at_most = 2,satisfied_at_least = 4
rules-survey-count = surveys:department_count_min { $min } 大於 department_count_max { $max }
rules-topic-leaf = 調查類別 { $topic } 扣考核內容 { $leaf } 的分,但該考核內容沒有定義
rules-topic-leaf-fix = 請填寫 [[leaves]] 中的考核內容代碼
rules-attendance-negative = attendance:出勤分和衛生分的滿分不能是負數
rules-attendance-negative-fix = 例如 2.5
rules-kind-negative = 考勤事項 { $kind } 扣 { $points } 分;扣分不能是負數
rules-kind-negative-fix = 請把扣分寫成正數
rules-special-negative = special.points 不能是負數
rules-special-negative-fix = 例如 10
rules-award-needed = 獎勵類別 { $kind } 所需次數為 0;至少應為 1
rules-award-needed-fix = 請設 needed = 1 或更大
rules-run-length = rewards.run_length 是 0
rules-run-length-fix = 例如 3
rules-rewards-negative = 獎勵金額不能是負數
rules-rewards-negative-fix = 請填寫 0 或更大的金額
rules-action-runs = actions:company_praise_run、raise_run 和 raise_year_count 都必須至少為 1
rules-action-runs-fix = 例如 3、6 和 11
rules-penalty-min = 罰款類別 { $kind }:最低金額(min){ $min } 是負數
rules-penalty-min-fix = 請填寫 0 或更大的最低金額
rules-penalty-max = 罰款類別 { $kind }:最高金額(max){ $max } 低於最低金額(min){ $min }
rules-penalty-default = 罰款類別 { $kind }:預設金額(default){ $default } 超出其範圍
rules-penalty-default-fix = 請在最低和最高金額之間選一個預設金額
rules-window-gap = 抽查時段 { $from }–{ $to } 日沒有接著第 { $next } 日
rules-window-gap-fix = 請按先後列出覆蓋 1–31 日的時段,例如 [[1,10],[11,20],[21,31]]
rules-windows-short = 抽查時段沒有到第 31 日
rules-windows-short-fix = 最後一個時段請以 31 結束(即月末)
rules-rounding-strategy = 不支援捨入方式 `{ $strategy }`
rules-rounding-strategy-fix = 請使用 half_away_from_zero
rules-rounding-places = 捨入的小數位數太多
rules-rounding-places-fix = 請使用 money_places = 2 和 rate_places = 4
rules-too-many = 規則定義了 { $count } 個{ $what },最多允許 { $max } 個
rules-too-many-fix = 請刪去考核制度不用的那些
rules-count-leaves = 考核內容
rules-count-topics = 調查類別
rules-count-attendance-kinds = 考勤事項
rules-count-award-kinds = 獎勵類別
rules-count-penalty-kinds = 罰款類別
rules-limit-key = { $key }
rules-limit-item = 分項 { $item } 的分值
rules-limit-leaf = 考核內容 { $leaf } 的 { $key }
rules-limit-kind = 考勤事項 { $kind } 的扣分
rules-limit-penalty = 罰款類別 { $kind } 的 { $key }
rules-out-of-range-points = { $what } 是 { $value },必須在 0 到 { $max } 分之間
rules-out-of-range-yuan = { $what } 是 { $value },必須在 0 到 { $max } 元之間
rules-out-of-range-fix = 請填寫範圍內的值
rules-defined-twice = { $what } `{ $name }` 定義了兩次
rules-defined-twice-fix = 每個代碼和別名只能出現一次

# (end of input and checks)

## Outputs (src/output, src/statement.rs)

### kaohe explain

out-list-sep = ,
out-source-survey = 滿意度調查
explain-title = 考核明細 { $month } — { $id } { $name }({ $team },{ $status })
explain-rules = 規則:{ $name }({ $source })
explain-roster-row = 人員名冊列:{ $row }
explain-work = 工作考核分 { $score } / { $full }
explain-item = { $number } { $name }({ $points } 分):扣 { $lost } 分
explain-leaf-clean = { $code } { $name }({ $points } 分):扣 { $lost } 分
explain-leaf = { $code } { $name }({ $points } 分):{ $misses } 次 × 每次 { $per } 分 → 扣 { $lost } 分
explain-leaf-capped = { $code } { $name }({ $points } 分):{ $misses } 次 × 每次 { $per } 分 → 扣 { $lost } 分,以該項分值為上限
explain-uncovered = ({ $full } 分中有 { $uncovered } 分沒有對應的考核內容,不會被扣)
explain-samples = 抽查日期:{ $count } 次({ $days })
explain-satisfaction = 滿意度:{ $answers } 份中 { $satisfied } 份滿意 = { $rate }
explain-satisfaction-none = 滿意度調查:無
explain-survey-free = 評價 { $rating }({ $topic }),不扣分
explain-survey-rating = 評價 { $rating }({ $topic })
explain-inspector = 檢查人 { $name }
explain-misses = 次數 { $count }
explain-not-counted = 不計(作廢:申訴成立)
explain-attendance = 出勤分 { $max } − { $deducted } = { $score }
explain-hygiene = 衛生分 { $max } − { $deducted } = { $score }
explain-floor = (最低為 0)
explain-special = 特殊獎勵分 { $score } / { $points }
explain-approved-by = 批准人 { $name }
explain-total = 考核總分 { $work } + { $attendance } + { $hygiene } + { $special } = { $score } / { $full }
explain-pay = 工資({ $status })
explain-not-paid = 此狀態不發
explain-full-marks-reward = 滿分獎勵 { $amount }
explain-run-reward = 連續 { $run } 個月滿分獎勵 { $amount }
explain-adjustment-how = 考核工資 + 出勤獎金 + 特殊獎金 + 獎勵 − 罰款
explain-gross-how = 基本工資 + 補助 + 考核工資調整
explain-not-on-post = 培訓期:尚未上崗,不計處理,不計滿分月。
explain-run = 連續滿分月數:{ $run }
explain-run-months = 連續滿分月數:{ $run }({ $months })
explain-year-full = 本年滿分月數:{ $count }
explain-previous = 上月 { $month }:工作考核分 { $score }
explain-actions-none = 處理:無
explain-actions = 處理:
explain-appeals = 申訴:
explain-decided-by = 裁定人 { $name }
explain-decided-on = 於 { $date }
explain-appeal-note = :“{ $note }”
explain-special-none = 本月沒有獎勵記錄
explain-special-earned = 獲得:{ $kind } { $count } 次(需 { $needed } 次);工作考核分 { $work } ≥ { $min }
explain-special-count = { $kind } { $count } 次(需 { $needed } 次)
explain-special-not-enough = 未獲得:{ $list }
explain-special-work-below = 未獲得:“{ $kind }”獎勵以完成本職工作為前提(工作考核分 { $work } 低於 { $min })

### The summary of run and close

out-summary-head = kaohe { $month }:{ $agents } 人,工作考核分平均 { $average },滿分 { $full } 人
out-summary-none = 無
out-summary-action = { $action } { $count } 人
out-summary-actions = 處理:{ $list }
out-summary-warnings = 警告:{ $count } 條
out-summary-wrote = 已寫入:{ $files }

### report.xlsx

out-sheet-results = 考核結果
out-sheet-deductions = 扣分明細
out-sheet-teams = 班組彙總
out-sheet-charts = 圖表
out-sheet-inspectors = 檢查人
out-sheet-warnings = 警告
out-sheet-adjustments = 補發扣回
out-col-month = 月份
out-col-agent_id = 工號
out-col-name = 姓名
out-col-team = 班組
out-col-status = 狀態
out-col-work_score = 工作考核分
out-col-attendance_score = 出勤分
out-col-hygiene_score = 衛生分
out-col-special_score = 特殊獎勵分
out-col-total_score = 考核總分
out-col-base_salary = 基本工資
out-col-allowance = 補助
out-col-appraisal_wage = 考核工資
out-col-attendance_bonus = 出勤獎金
out-col-special_bonus = 特殊獎金
out-col-rewards = 獎勵
out-col-fines = 罰款
out-col-pay_adjustment = 考核工資調整
out-col-gross_pay = 應發工資
out-col-full_marks_run = 連續滿分月數
out-col-samples = 抽查次數
out-col-satisfaction_rate = 滿意率
out-col-actions = 處理
out-col-category = 類別
out-col-leaf = 分項
out-col-leaf_name = 考核內容
out-col-misses = 次數
out-col-points_lost = 扣分
out-col-counted = 是否計入
out-col-appeal = 申訴
out-col-source = 來源
out-col-table = 表
out-col-row = 列
out-col-date = 日期
out-col-inspector = 檢查人
out-col-note = 備註
out-col-agents = 人數
out-col-average_work_score = 工作考核分平均
out-col-full_marks = 滿分人數
out-col-pay_adjustment_total = 考核工資調整合計
out-col-fines_total = 罰款合計
out-col-gross_pay_total = 應發工資合計
out-col-action-dept_praise = 部門表揚
out-col-action-company_praise = 公司通報表揚
out-col-action-raise_review = 考慮加薪
out-col-action-retrain = 強化培訓
out-col-action-reassign_review = 調崗或清退
out-col-adjustment-month = 月份
out-col-adjustment-agent_id = 工號
out-col-adjustment-name = 姓名
out-col-adjustment-team = 班組
out-col-adjustment-corrected_month = 更正月份
out-col-adjustment-version = 版本
out-col-adjustment-paid_gross = 原應發工資
out-col-adjustment-new_gross = 更正後應發工資
out-col-adjustment-delta = 差額
out-col-adjustment-kind = 類別
out-col-adjustment-reason = 原因
out-col-adjustment-recorded_at = 記錄時間
out-col-adjustment-recorded_by = 記錄人
out-col-adjustment-state = 狀態
out-col-adjustment-settled_in = 結算月份
out-col-warning-kind = 類別
out-col-warning-where = 位置
out-col-warning-message = 說明
out-yes = 是
out-no = 否
out-category-work = 工作
out-table-agents = 人員名冊
out-table-qa = 質檢
out-table-surveys = 滿意度調查
out-table-attendance = 出勤衛生
out-table-awards = 特殊獎勵
out-table-penalties = 罰款
out-action-sep = 、
out-total = 合計
out-net = 合計
out-no-team = (無班組)
out-correction-back_pay = 補發
out-correction-claw_back = 扣回
out-correction-state-due = 待結算
out-correction-state-settled = 已結算
out-correction-state-superseded = 已被取代
out-chart-work-score = 工作考核分
out-chart-agents = 人數
out-chart-average = 工作考核分平均
out-chart-distribution = 工作考核分分佈(滿分 { $full })
out-chart-by-team = 各班組工作考核分平均
out-overflow = ……共 { $total } 列:此處未顯示的 { $hidden } 列(Excel 最多 { $shown } 列)見 { $file }
out-col-inspector-0 = 檢查人
out-col-inspector-1 = 抽查次數
out-col-inspector-2 = 抽查人數
out-col-inspector-3 = 天數
out-col-inspector-4 = 問題數
out-col-inspector-5 = 每次問題數
out-col-inspector-6 = 扣分
out-col-inspector-7 = 每次扣分
out-col-inspector-8 = 最常引用
out-col-inspector-9 = 申訴
out-col-inspector-10 = 申訴成立
out-col-inspector-11 = 推翻比例
out-col-inspector-12 = 其他人每次問題數
out-col-inspector-13 = 比率
out-col-inspector-14 = p 值
out-col-inspector-15 = 校正 p 值
out-col-inspector-16 = 標記
out-survey-note = { $topic } 評價 { $rating }

### statements.xlsx

out-st-index = 目錄
out-st-index-title = 考核表 { $month }
out-st-col-agent = 工號
out-st-col-name = 姓名
out-st-col-team = 班組
out-st-col-total = 考核總分
out-st-col-sheet = 工作表
out-st-void = 不計
out-st-times = { $count } 次
out-st-title = 客服工作考核表 — { $month }
out-st-who = 工號 { $id }   姓名 { $name }   班組 { $team }   狀態 { $status }
out-st-rules = 規則:{ $name }
out-st-col-item = 分項
out-st-col-norm = 考核內容
out-st-col-points = 分值
out-st-col-misses = 次數
out-st-col-lost = 扣分
out-st-col-detail = 扣分依據:扣分、日期、列、來源、檢查人、備註
out-st-capped = (以該項分值為上限)
out-st-untouched = 其餘 { $count } 項考核內容本月無扣分。
out-st-uncovered = 另有 { $points } 分沒有對應的考核內容,不會被扣。
out-st-samples = 抽查次數:{ $count }(日期 { $days })
out-st-surveys = 滿意度調查:{ $answers } 份中 { $satisfied } 份滿意({ $rate })
out-st-surveys-none = 滿意度調查:無
out-st-section-other = 出勤分、衛生分和特殊獎勵分 { $score } / { $full }
out-st-attendance = 出勤分
out-st-hygiene = 衛生分
out-st-special = 特殊獎勵分
out-st-total = 考核總分
out-st-base-salary = 基本工資
out-st-allowance = 補助
out-st-appraisal-wage = 考核工資
out-st-attendance-bonus = 出勤獎金
out-st-special-bonus = 特殊獎金
out-st-rewards = 獎勵
out-st-fines = 罰款
out-st-pay-adjustment = 考核工資調整
out-st-gross-pay = 應發工資
out-st-section-run = 連續滿分與處理
out-st-actions = 處理:{ $list }
out-st-sign-agent = 被考核人簽字:
out-st-sign-supervisor = 主管簽字:
out-st-sign-hr = 人事經理簽字:
out-st-sign-date = 日期:

### kaohe history --quarter/--year

out-period-year-title = { $period } 年度考核({ $first } 至 { $last })
out-period-quarter-title = { $period } 季度考核({ $first } 至 { $last })
out-period-action-count = { $action } { $count } 次
out-period-no-months = (本期間沒有記錄的月份)
out-period-col-team = 班組
out-period-col-rank = 名次
out-period-col-agent = 工號
out-period-col-name = 姓名
out-period-col-avg-work = 平均工作考核分
out-period-col-avg-total = 平均考核總分
out-period-col-lowest = 最低
out-period-col-below = 低於線
out-period-col-full = 滿分月
out-period-col-awards = 特殊獎勵
out-period-col-fines = 罰款
out-period-col-pay-adj = 考核工資調整
out-period-col-actions = 處理
out-period-subtotal = 小計
out-period-agents = { $count } 人
out-period-legend = 各月為工作考核分(小計行為班組平均);低於線 = 低於強化培訓線的月數;空白 = 未知(導入的月份只有工作考核分);--out FILE.xlsx|FILE.csv 另含各月考核總分和考核工資調整
out-period-team-subtotal = { $team } 小計({ $count } 人)
out-period-sheet-year = { $period }年度考核
out-period-sheet-quarter = { $period }季度考核
out-period-sheet-teams = 班組月度平均
out-period-period = 本期
out-period-chart-title = 各班組每月工作考核分平均
out-col-rank_in_team = 組內名次
out-col-period-months = 月數
out-col-period-average_work_score = 平均工作考核分
out-col-period-average_total_score = 平均考核總分
out-col-period-lowest_work_score = 最低工作考核分
out-col-period-lowest_month = 最低月份
out-col-period-months_below_threshold = 低於強化培訓線月數
out-col-period-full_marks_months = 滿分月數
out-col-period-special_awards = 特殊獎勵次數
out-col-period-fines = 罰款
out-col-period-pay_adjustment = 考核工資調整合計
out-col-period-actions = 處理

### kaohe compare

out-compare-head = { $month } 規則對比:{ $base }(現行)→ { $tried }(擬用)
out-compare-changed = { $agents } 人中有 { $changed } 人發生變化
out-compare-col-agent = 工號
out-compare-col-name = 姓名
out-compare-col-work = 工作考核分
out-compare-col-total = 考核總分
out-compare-col-rewards = 獎勵
out-compare-col-pay-adj = 考核工資調整
out-compare-col-gross = 應發工資
out-compare-col-actions = 處理
out-compare-in-force = 現行
out-compare-tried = 擬用
out-compare-difference = 差額
out-compare-cost = 每月總成本差額:{ $amount }
out-compare-title = { $month } 規則對比:{ $base } → { $tried }
out-compare-sheet = 規則對比
out-compare-totals-sheet = 合計
out-compare-cost-label = 總成本差額

### kaohe inspectors (and its sheet)

out-inspector-none = (未填檢查人)
out-inspector-flag-stricter = 偏嚴
out-inspector-flag-lenient = 偏松
out-inspectors-title = 檢查人 { $month }:按檢查人統計的抽查和問題
out-inspectors-none = 本月沒有抽查。
out-inspectors-stricter = { $name } 每次抽查 { $rate } 個問題,其他人 { $others }:偏嚴,超出偶然能解釋的範圍(校正 p = { $p })。
out-inspectors-lenient = { $name } 每次抽查 { $rate } 個問題,其他人 { $others }:偏松,超出偶然能解釋的範圍(校正 p = { $p })。
out-inspectors-none-flagged = 沒有檢查人的問題率與其他人的差異超出偶然範圍。
out-inspectors-no-comparison = 本月只有一位檢查人(或一組)的抽查有問題記錄:無從比較。
out-inspectors-test = 檢驗:兩個泊松率的精確條件檢驗(二項分佈),雙側,Bonferroni 校正;每位檢查人與其他所有人比較,校正 p < { $alpha } 時標記。
out-inspectors-sample = 一次抽查 = 某天抽查某一位客服。
out-inspectors-pairs = 一行寫了兩個人(主管+人事)是兩人共同的判斷,按兩人一組統計,不分別計入。
out-inspectors-others = 部門意見和主管評定的問題({ $count } 條)不是抽查,不參與比較。

# (end of outputs)

## Commands (src/cmd, src/main.rs, src/ledger)

### kaohe(命令列,src/main.rs、src/cmd/mod.rs、src/cmd/config.rs)

cmd-problems-found = kaohe:發現 { $count } 個問題;沒有寫入任何檔案
cmd-error-io = { $path }:{ $error }
cmd-error-ledger = 台帳 { $path }:{ $message }
cmd-error-prefix = kaohe:{ $message }
cmd-warning = 警告:{ $text }
cmd-warnings-more = 警告:……另有 { $count } 條「{ $kind }」警告,見 warnings.csv
cmd-negative-gross = { $id } { $name } 的應發工資為負數 { $gross }:罰款超過了工資
cmd-no-ledger = 沒有找到台帳 { $place }:本月按第一個月計算(沒有以前的月份,不計跨月的連續滿分);`kaohe close` 會建立台帳
cmd-config-not-utf8 = { $file }:不是 UTF-8 文字,請另存為 UTF-8
cmd-config-unreadable = { $file }:無法讀取:{ $error }
cmd-config-unknown-key = { $file }:第 { $line } 行:未知的設定項「{ $key }」——kaohe.toml 只能設定 ledger、rules、out 和 lang
cmd-config-bad-value = { $file }:第 { $line } 行:「{ $key }」的值有誤({ $detail })——請用引號寫文字,例如 ledger = "kaohe.db"
cmd-config-bad-path = { $file }:第 { $line } 行:「{ $key }」是「{ $value }」——請填寫檔案或資料夾名
cmd-config-bad-lang = { $file }:第 { $line } 行:lang 是「{ $value }」,kaohe 不支援這種語言——請用 zh(即 zh-CN)、zh-TW 或 en
cmd-bad-lang = 「{ $value }」不是 kaohe 支援的語言:請用 zh(即 zh-CN)、zh-TW 或 en
cmd-not-blank = 不能為空:請寫明原因(--reason)或經辦人(--by)
cmd-no-stdout = 這裡不支援 「-」(標準輸出):請給出資料夾或檔案名,例如 --out out/2026-10
cmd-no-stdin = 不支援 「-」(標準輸入):請給出資料夾或活頁簿,例如 --input examples/2026-10
cmd-not-a-year = 「{ $year }」不是年份

### kaohe check

check-ok = { $month }:沒有錯誤 — { $agents } 人,{ $warnings } 條警告;各表讀取的列數:
check-col-file = 表
check-col-rows = 資料列數

### kaohe explain, kaohe statements

cmd-agent-not-on-roster = 工號 { $id } 不在人員名冊中
cmd-agent-not-on-roster-fix = --agent 請填寫人員名冊中的工號
statements-no-team = 人員名冊中沒有班組 { $team } 的人
statements-empty-roster = 人員名冊中沒有人
statements-choose-fix = --team 或 --agent 請按名冊中的寫法填寫
statements-too-many = 一個活頁簿放 { $count } 份考核表太多(最多 { $max } 份):請用 --team 選一個班組
statements-wrote = 已寫入 { $files }:{ $month } 的考核表 { $count } 份

### kaohe compare

compare-needs-rules = compare 需要 --rules 檔案:要試用的規則
compare-out-xlsx = --out { $out }:對比結果寫入活頁簿,請給出以 .xlsx 結尾的檔案名
cmd-wrote = 已寫入 { $file }

### kaohe run, kaohe close: corrections (補發/扣回)

cmd-correction-back_pay = 補發
cmd-correction-claw_back = 扣回
cmd-correction-state-due = 待結算
cmd-correction-state-settled = 已結算
cmd-correction-state-superseded = 已被取代
cmd-adjustments-paid = 以前月份的更正(adjustments.csv):{ $count } 條,補發 { $back },扣回 { $claw },合計 { $net }
cmd-adjustment-line = { $id } { $name } { $month }:{ $paid } → { $new }({ $delta } { $kind },{ $state })

### kaohe close

cmd-list-separator = 、
cmd-action-dept_praise = { action-dept_praise }
cmd-action-company_praise = { action-company_praise }
cmd-action-raise_review = { action-raise_review }
cmd-action-retrain = { action-retrain }
cmd-action-reassign_review = { action-reassign_review }
close-fields-separator = ,
close-pending-appeal = { $id } 於 { $date } 的 { $leaf } 問題申訴待定
close-pending-appeal-fix = 結算前請先裁定(成立或駁回),或加 --allow-pending 結算
close-change = { $who }:{ $notes }{ $fields }
close-change-new-agent = (原版本中沒有)
close-change-gone-agent = (已不在名冊中)
close-change-field = { $field } { $old } → { $new }
close-change-delta = ({ $delta })
close-closed = { $month } 已結算,記入台帳 { $place }
close-settled = { $count } 條以前月份的更正已隨 { $month } 結算
close-reopened = { $month } 已在台帳 { $place } 中重新結算:第 { $version } 版取代第 { $old } 版(舊版已保留:`kaohe history --month { $month }` 可同時查看)
close-totals = 合計
close-totals-agents = 人數
close-totals-work = 工作考核分合計
close-totals-pay-adjustment = 考核工資調整合計
close-totals-gross = 應發工資合計
close-no-changes = 沒有人的分數、處理或工資發生變化
close-changes-heading = 按人列出的變化(原 → 新):
close-corrections-due = 待結算的更正(隨下個月結算時發放,列在其 adjustments.csv 中):{ $count } 條,合計 { $net }
close-correction = { $id } { $name }:已發 { $paid } → { $new } = { $delta } { $kind }
close-correction-replaced = (取代 { $id } 尚未結算的更正 { $delta })
close-correction-cancelled = { $id } 尚未結算的更正 { $delta } 已取消:{ $month } 已恢復為已發金額
close-later-months = 此更改會影響以下之後已結算的月份(未改寫;如需更新請重新結算):
close-no-later-changes = 之後已結算的月份不受影響
cmd-field-name = 姓名
cmd-field-team = 班組
cmd-field-status = 狀態
cmd-field-work_score = 工作考核分
cmd-field-attendance_score = 出勤分
cmd-field-hygiene_score = 衛生分
cmd-field-special_score = 特殊獎勵分
cmd-field-total_score = 考核總分
cmd-field-base_salary = 基本工資
cmd-field-allowance = 補助
cmd-field-appraisal_wage = 考核工資
cmd-field-attendance_bonus = 出勤獎金
cmd-field-special_bonus = 特殊獎金
cmd-field-rewards = 獎勵
cmd-field-fines = 罰款
cmd-field-pay_adjustment = 考核工資調整
cmd-field-gross_pay = 應發工資
cmd-field-full_marks_run = 連續滿分月數
cmd-field-actions = 處理

### kaohe history

history-out-needs-period = --out 用於匯出季度或年度考核:請加上 --quarter YYYYQn 或 --year YYYY
history-month-and-period = --month 不能與 --quarter 或 --year 同用
history-no-ledger = 這裡沒有台帳:`kaohe close` 或 `kaohe history import` 會建立台帳
history-closed-months = 已結算的月份
history-none = (無)
history-imported-months = 匯入的月份(只有工作考核分)
history-corrections-due = 待結算的更正(隨下個月結算時發放):{ $count } 條,合計 { $net }
history-agent-unknown = 台帳 { $ledger } 中沒有工號 { $agent } 的任何月份:請核對工號(`kaohe history` 列出已結算和匯入的月份)
history-imported = (匯入)
history-corrections = 更正(補發/扣回)
history-reopened-note = 版本號大於 1 的月份曾重新結算:`kaohe history --agent 工號 --month 月份` 可並排查看各版本
history-appeals = 結算時記錄的申訴:{ $count } 條(其中當時待定 { $pending } 條)
history-settled-with = 已隨 { $month } 結算
history-correction = { $month } { $id } 第 { $version } 版:{ $paid } → { $new } = { $delta } { $kind }({ $state };原因:{ $reason })
history-not-closed = { $month } 未在台帳 { $ledger } 中結算
history-lost-versions = (第 { $range } 版在台帳開始保留版本之前已被取代;審計表中保留其合計)
history-versions-kept = { $month }:保留 { $count } 個版本
history-in-force = v{ $version }(現行)
history-agent-not-in-month = 工號 { $agent } 不在 { $month } 的任何版本中
history-agent-versions = { $agent } { $month }:{ $count } 個版本
history-version-reason = v{ $version } 原因:{ $reason }
history-out-extension = --out { $out }:請給出以 .xlsx 或 .csv 結尾的檔案名
history-imported-count = 已從 { $file } 匯入 { $count } 條工作考核分到 { $ledger }
history-import-later-months = 匯入的月份會影響以下之後已結算的月份(未改寫;如需更新請重新結算):
history-import-not-a-month = 「{ $value }」不是月份
history-import-not-a-month-fix = 請寫成 YYYY-MM,例如 2026-03
history-import-no-agent = 工號為空
history-import-no-agent-fix = 請填寫工號
history-import-not-a-score = 「{ $value }」不是有效的工作考核分
history-import-not-a-score-fix = 請填寫 0 到 { $full } 之間的數
history-import-past-full-fix = 請填寫 0 到 { $full } 之間的數({ $rules } 的滿分);按其他方案考核的月份請用 --rules 指定其規則檔案
history-import-second-row = 工號 { $agent } 在 { $month } 有重複的列
history-import-second-row-fix = 每人每月只保留一列
history-col-month = 月份
history-col-version = 版本
history-col-name = 姓名
history-col-agent = 工號
history-col-agents = 人數
history-col-work = 工作考核分
history-col-total = 考核總分
history-col-rewards = 獎勵
history-col-pay-adjustment = 考核工資調整
history-col-gross = 應發工資
history-col-gross-total = 應發工資合計
history-col-run = 連續滿分月數
history-col-actions = 處理
history-col-leaf = 考核內容
history-col-date = 日期
history-col-row = 列
history-col-inspector = 檢查人
history-col-appeal = 申訴
history-col-decided-by = 裁定人
history-col-note = 說明
history-col-closed-at = 結算時間
history-col-by = 經辦人
history-col-rules = 規則
history-col-reason = 原因
history-col-replaced = 被取代
history-col-version-gross = v{ $version } 應發工資
history-col-change = 變化

### The ledger (src/ledger)

ledger-newer-schema = 台帳結構版本為 { $version },本版 kaohe 只能讀取 { $known } 及以下的版本:此檔案由更新版本的 kaohe 寫入,請使用那個版本
ledger-rules-unreadable = 以 { $name } 儲存的規則文字已無法讀取:{ $problem }
ledger-already-closed = { $month } 已在台帳 { $ledger } 中結算;如需替換,請用 --reopen --reason 原因
ledger-not-closed = { $month } 未在台帳 { $ledger } 中結算;請去掉 --reopen 結算
ledger-import-closed = { $file }:{ $months } 已在台帳 { $ledger } 中結算;匯入不會覆蓋已結算的月份,請刪除這些列

ledger-not-a-date = 「{ $value }」不是日期:檔案被手工改過嗎?
ledger-correction-not-due = { $id } 對 { $month } 的更正在台帳 { $ledger } 中已不再待結算(結算過程中台帳被改動了);請重新結算該月

# (end of commands)

### kaohe rules

rules-total = 總分:{ $total } = 工作 { $work } + 出勤 { $attendance } + 衛生 { $hygiene } + 特殊獎勵 { $special }
rules-work-heading = 工作考核:分項及考核內容(扣分 = min(分值, 每次扣分 × 次數))
rules-col-code = 代碼
rules-col-points = 分值
rules-col-per-miss = 每次扣分
rules-col-leaf = 分項 / 考核內容
rules-col-name = 名稱
rules-col-effect = 作用
rules-col-category = 類別
rules-col-note = 說明
rules-col-needed = 所需次數
rules-col-action = 處理
rules-col-when = 條件
rules-col-amount = 金額(元)
rules-col-status = 狀態
rules-col-paid = 發放
rules-uncovered = 注意:考核內容共 { $covered } 分,滿分 { $full } 分;其餘 { $uncovered } 分不會被扣
rules-surveys-heading = 滿意度調查
rules-surveys = 評分 ≥ { $satisfied } 為滿意,≤ { $dissatisfied } 為不滿意;每月調查 { $min }–{ $max } 份
rules-topic-adds-miss = 不滿意加 { $leaf } 一次
rules-topic-rate-only = 只計入滿意率
rules-attendance-heading = 出勤 { $attendance } 分和衛生 { $hygiene } 分(最低為 0)
rules-company-policy = 公司制度
rules-special-heading = 特殊獎勵:{ $points } 分,工作考核須不低於 { $min } 分
rules-yuan-per-point = 每分金額:工作 { $work },出勤 { $attendance },衛生 { $hygiene },特殊獎勵 { $special }
rules-rewards = 獎勵:滿分 { $full };每連續 { $run } 個月滿分 { $reward }
rules-actions-heading = 處理
rules-when-full = 當月滿分
rules-when-run = 每連續 { $run } 個月滿分
rules-when-raise = 每連續 { $run } 個月滿分,或本年第 { $count } 個滿分月
rules-when-below = 工作考核低於 { $score } 分
rules-when-below-twice = 連續兩個月工作考核低於 { $score } 分
rules-fines-heading = 罰款(所有狀態適用)
rules-fine-fixed = { $amount }(固定;預設 { $default })
rules-fine-range-default = { $min }–{ $max }(預設 { $default })
rules-fine-range = { $min }–{ $max }
rules-fine-at-least = 至少 { $min }(必須填寫金額)
rules-status-heading = 各狀態發放的工資
rules-not-on-post = (未上崗:不計處理和連續滿分)
rules-windows = 抽查時段(日):{ $windows }
rules-rounding = 捨入:四捨五入,保留 { $places } 位小數
