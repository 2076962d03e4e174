# kaohe 的提示文字。每个 id 一条;`{ $name }` 是程序填入的参数。各语言的 id 和参数相同(有测试检查)。

## Shared words

test-misses = { $count } 次

pay-base-salary = 基本工资
pay-allowance = 补助
pay-appraisal-wage = 考核工资
pay-attendance-bonus = 出勤奖金
pay-special-bonus = 特殊奖金
pay-rewards = 奖励
pay-fines = 罚款
pay-adjustment = 考核工资调整
pay-gross = 应发工资

## Codes: statuses, sources, appeals, categories, actions, warning kinds

status-regular = 正式
status-probation = 考查期
status-training = 培训期
source-spot_check = 抽查
source-dept_feedback = 部门意见
source-manager_review = 主管评定
appeal-pending = 申诉待定
appeal-upheld = 申诉成立
appeal-rejected = 申诉驳回
category-attendance = 出勤
category-hygiene = 卫生
action-dept_praise = 部门内部表扬
action-company_praise = 全公司通报表扬
action-raise_review = 考虑提高基本工资
action-retrain = 临时离岗强化培训一周
action-reassign_review = 调换岗位或清退
warning-sampling_gap = 抽查间隔
warning-survey_count = 调查份数
warning-repeated_row = 重复行
warning-unknown_column = 未知列
warning-negative_gross = 应发工资为负
warning-missing_table = 缺少表
warning-no_ledger = 没有台账
warning-unknown_file = 未知文件
warning-title_rows = 标题行
warning-totals_row = 合计行
warning-pending_appeal = 申诉待定

## Input and checks (src/input, src/check, src/problem.rs)

# (end of input and checks)

## Outputs (src/output, src/statement.rs)

# (end of outputs)

## Commands (src/cmd, src/main.rs, src/ledger)

# (end of commands)

### kaohe rules

rules-total = 总分:{ $total } = 工作 { $work } + 出勤 { $attendance } + 卫生 { $hygiene } + 特殊奖励 { $special }
rules-work-heading = 工作考核:分项及考核内容(扣分 = min(分值, 每次扣分 × 次数))
rules-col-code = 代码
rules-col-points = 分值
rules-col-per-miss = 每次扣分
rules-col-leaf = 分项 / 考核内容
rules-col-name = 名称
rules-col-effect = 作用
rules-col-category = 类别
rules-col-note = 说明
rules-col-needed = 所需次数
rules-col-action = 处理
rules-col-when = 条件
rules-col-amount = 金额(元)
rules-col-status = 状态
rules-col-paid = 发放
rules-uncovered = 注意:考核内容共 { $covered } 分,满分 { $full } 分;其余 { $uncovered } 分不会被扣
rules-surveys-heading = 满意度调查
rules-surveys = 评分 ≥ { $satisfied } 为满意,≤ { $dissatisfied } 为不满意;每月调查 { $min }–{ $max } 份
rules-topic-adds-miss = 不满意加 { $leaf } 一次
rules-topic-rate-only = 只计入满意率
rules-attendance-heading = 出勤 { $attendance } 分和卫生 { $hygiene } 分(最低为 0)
rules-company-policy = 公司制度
rules-special-heading = 特殊奖励:{ $points } 分,工作考核须不低于 { $min } 分
rules-yuan-per-point = 每分金额:工作 { $work },出勤 { $attendance },卫生 { $hygiene },特殊奖励 { $special }
rules-rewards = 奖励:满分 { $full };每连续 { $run } 个月满分 { $reward }
rules-actions-heading = 处理
rules-when-full = 当月满分
rules-when-run = 每连续 { $run } 个月满分
rules-when-raise = 每连续 { $run } 个月满分,或本年第 { $count } 个满分月
rules-when-below = 工作考核低于 { $score } 分
rules-when-below-twice = 连续两个月工作考核低于 { $score } 分
rules-fines-heading = 罚款(所有状态适用)
rules-fine-fixed = { $amount }(固定;默认 { $default })
rules-fine-range-default = { $min }–{ $max }(默认 { $default })
rules-fine-range = { $min }–{ $max }
rules-fine-at-least = 至少 { $min }(必须填写金额)
rules-status-heading = 各状态发放的工资
rules-not-on-post = (未上岗:不计处理和连续满分)
rules-windows = 抽查时段(日):{ $windows }
rules-rounding = 舍入:{ $strategy },保留 { $places } 位小数
