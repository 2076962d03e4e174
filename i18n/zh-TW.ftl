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
