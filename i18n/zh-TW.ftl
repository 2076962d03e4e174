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
