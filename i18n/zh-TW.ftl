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

# (end of input and checks)

## Outputs (src/output, src/statement.rs)

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
rules-rounding = 捨入:{ $strategy },保留 { $places } 位小數
