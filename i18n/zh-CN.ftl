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

### kaohe explain

out-list-sep = ,
out-source-survey = 满意度调查
explain-title = 考核明细 { $month } — { $id } { $name }({ $team },{ $status })
explain-rules = 规则:{ $name }({ $source })
explain-roster-row = 人员名册行:{ $row }
explain-work = 工作考核分 { $score } / { $full }
explain-item = { $number } { $name }({ $points } 分):扣 { $lost } 分
explain-leaf-clean = { $code } { $name }({ $points } 分):扣 { $lost } 分
explain-leaf = { $code } { $name }({ $points } 分):{ $misses } 次 × 每次 { $per } 分 → 扣 { $lost } 分
explain-leaf-capped = { $code } { $name }({ $points } 分):{ $misses } 次 × 每次 { $per } 分 → 扣 { $lost } 分,以该项分值为上限
explain-uncovered = ({ $full } 分中有 { $uncovered } 分没有对应的考核内容,不会被扣)
explain-samples = 抽查日期:{ $count } 次({ $days })
explain-satisfaction = 满意度:{ $answers } 份中 { $satisfied } 份满意 = { $rate }
explain-satisfaction-none = 满意度调查:无
explain-survey-free = 评价 { $rating }({ $topic }),不扣分
explain-survey-rating = 评价 { $rating }({ $topic })
explain-inspector = 检查人 { $name }
explain-misses = 次数 { $count }
explain-not-counted = 不计(作废:申诉成立)
explain-attendance = 出勤分 { $max } − { $deducted } = { $score }
explain-hygiene = 卫生分 { $max } − { $deducted } = { $score }
explain-floor = (最低为 0)
explain-special = 特殊奖励分 { $score } / { $points }
explain-approved-by = 批准人 { $name }
explain-total = 考核总分 { $work } + { $attendance } + { $hygiene } + { $special } = { $score } / { $full }
explain-pay = 工资({ $status })
explain-not-paid = 此状态不发
explain-full-marks-reward = 满分奖励 { $amount }
explain-run-reward = 连续 { $run } 个月满分奖励 { $amount }
explain-adjustment-how = 考核工资 + 出勤奖金 + 特殊奖金 + 奖励 − 罚款
explain-gross-how = 基本工资 + 补助 + 考核工资调整
explain-not-on-post = 培训期:尚未上岗,不计处理,不计满分月。
explain-run = 连续满分月数:{ $run }
explain-run-months = 连续满分月数:{ $run }({ $months })
explain-year-full = 本年满分月数:{ $count }
explain-previous = 上月 { $month }:工作考核分 { $score }
explain-actions-none = 处理:无
explain-actions = 处理:
explain-appeals = 申诉:
explain-decided-by = 裁定人 { $name }
explain-decided-on = 于 { $date }
explain-appeal-note = :“{ $note }”
explain-special-none = 本月没有奖励记录
explain-special-earned = 获得:{ $kind } { $count } 次(需 { $needed } 次);工作考核分 { $work } ≥ { $min }
explain-special-count = { $kind } { $count } 次(需 { $needed } 次)
explain-special-not-enough = 未获得:{ $list }
explain-special-work-below = 未获得:“{ $kind }”奖励以完成本职工作为前提(工作考核分 { $work } 低于 { $min })

### The summary of run and close

out-summary-head = kaohe { $month }:{ $agents } 人,工作考核分平均 { $average },满分 { $full } 人
out-summary-none = 无
out-summary-action = { $action } { $count } 人
out-summary-actions = 处理:{ $list }
out-summary-warnings = 警告:{ $count } 条
out-summary-wrote = 已写入:{ $files }

### report.xlsx

out-sheet-results = 考核结果
out-sheet-deductions = 扣分明细
out-sheet-teams = 班组汇总
out-sheet-charts = 图表
out-sheet-inspectors = 检查人
out-sheet-warnings = 警告
out-sheet-adjustments = 补发扣回
out-col-month = 月份
out-col-agent_id = 工号
out-col-name = 姓名
out-col-team = 班组
out-col-status = 状态
out-col-work_score = 工作考核分
out-col-attendance_score = 出勤分
out-col-hygiene_score = 卫生分
out-col-special_score = 特殊奖励分
out-col-total_score = 考核总分
out-col-base_salary = 基本工资
out-col-allowance = 补助
out-col-appraisal_wage = 考核工资
out-col-attendance_bonus = 出勤奖金
out-col-special_bonus = 特殊奖金
out-col-rewards = 奖励
out-col-fines = 罚款
out-col-pay_adjustment = 考核工资调整
out-col-gross_pay = 应发工资
out-col-full_marks_run = 连续满分月数
out-col-samples = 抽查次数
out-col-satisfaction_rate = 满意率
out-col-actions = 处理
out-col-category = 类别
out-col-leaf = 分项
out-col-leaf_name = 考核内容
out-col-misses = 次数
out-col-points_lost = 扣分
out-col-counted = 是否计入
out-col-appeal = 申诉
out-col-source = 来源
out-col-table = 表
out-col-row = 行
out-col-date = 日期
out-col-inspector = 检查人
out-col-note = 备注
out-col-agents = 人数
out-col-average_work_score = 工作考核分平均
out-col-full_marks = 满分人数
out-col-pay_adjustment_total = 考核工资调整合计
out-col-fines_total = 罚款合计
out-col-gross_pay_total = 应发工资合计
out-col-action-dept_praise = 部门表扬
out-col-action-company_praise = 公司通报表扬
out-col-action-raise_review = 考虑加薪
out-col-action-retrain = 强化培训
out-col-action-reassign_review = 调岗或清退
out-col-adjustment-month = 月份
out-col-adjustment-agent_id = 工号
out-col-adjustment-name = 姓名
out-col-adjustment-team = 班组
out-col-adjustment-corrected_month = 更正月份
out-col-adjustment-version = 版本
out-col-adjustment-paid_gross = 原应发工资
out-col-adjustment-new_gross = 更正后应发工资
out-col-adjustment-delta = 差额
out-col-adjustment-kind = 类别
out-col-adjustment-reason = 原因
out-col-adjustment-recorded_at = 记录时间
out-col-adjustment-recorded_by = 记录人
out-col-adjustment-state = 状态
out-col-adjustment-settled_in = 结算月份
out-col-warning-kind = 类别
out-col-warning-where = 位置
out-col-warning-message = 说明
out-yes = 是
out-no = 否
out-category-work = 工作
out-table-agents = 人员名册
out-table-qa = 质检
out-table-surveys = 满意度调查
out-table-attendance = 出勤卫生
out-table-awards = 特殊奖励
out-table-penalties = 罚款
out-action-sep = 、
out-total = 合计
out-net = 合计
out-no-team = (无班组)
out-correction-back_pay = 补发
out-correction-claw_back = 扣回
out-correction-state-due = 待结算
out-correction-state-settled = 已结算
out-correction-state-superseded = 已被取代
out-chart-work-score = 工作考核分
out-chart-agents = 人数
out-chart-average = 工作考核分平均
out-chart-distribution = 工作考核分分布(满分 { $full })
out-chart-by-team = 各班组工作考核分平均
out-overflow = ……共 { $total } 行:此处未显示的 { $hidden } 行(Excel 最多 { $shown } 行)见 { $file }
out-col-inspector-0 = 检查人
out-col-inspector-1 = 抽查次数
out-col-inspector-2 = 抽查人数
out-col-inspector-3 = 天数
out-col-inspector-4 = 问题数
out-col-inspector-5 = 每次问题数
out-col-inspector-6 = 扣分
out-col-inspector-7 = 每次扣分
out-col-inspector-8 = 最常引用
out-col-inspector-9 = 申诉
out-col-inspector-10 = 申诉成立
out-col-inspector-11 = 推翻比例
out-col-inspector-12 = 其他人每次问题数
out-col-inspector-13 = 比率
out-col-inspector-14 = p 值
out-col-inspector-15 = 校正 p 值
out-col-inspector-16 = 标记
out-survey-note = { $topic } 评价 { $rating }

### statements.xlsx

out-st-index = 目录
out-st-index-title = 考核表 { $month }
out-st-col-agent = 工号
out-st-col-name = 姓名
out-st-col-team = 班组
out-st-col-total = 考核总分
out-st-col-sheet = 工作表
out-st-void = 不计
out-st-times = { $count } 次
out-st-title = 客服工作考核表 — { $month }
out-st-who = 工号 { $id }   姓名 { $name }   班组 { $team }   状态 { $status }
out-st-rules = 规则:{ $name }
out-st-col-item = 分项
out-st-col-norm = 考核内容
out-st-col-points = 分值
out-st-col-misses = 次数
out-st-col-lost = 扣分
out-st-col-detail = 扣分依据:扣分、日期、行、来源、检查人、备注
out-st-capped = (以该项分值为上限)
out-st-untouched = 其余 { $count } 项考核内容本月无扣分。
out-st-uncovered = 另有 { $points } 分没有对应的考核内容,不会被扣。
out-st-samples = 抽查次数:{ $count }(日期 { $days })
out-st-surveys = 满意度调查:{ $answers } 份中 { $satisfied } 份满意({ $rate })
out-st-surveys-none = 满意度调查:无
out-st-section-other = 出勤分、卫生分和特殊奖励分 { $score } / { $full }
out-st-attendance = 出勤分
out-st-hygiene = 卫生分
out-st-special = 特殊奖励分
out-st-total = 考核总分
out-st-base-salary = 基本工资
out-st-allowance = 补助
out-st-appraisal-wage = 考核工资
out-st-attendance-bonus = 出勤奖金
out-st-special-bonus = 特殊奖金
out-st-rewards = 奖励
out-st-fines = 罚款
out-st-pay-adjustment = 考核工资调整
out-st-gross-pay = 应发工资
out-st-section-run = 连续满分与处理
out-st-actions = 处理:{ $list }
out-st-sign-agent = 被考核人签字:
out-st-sign-supervisor = 主管签字:
out-st-sign-hr = 人事经理签字:
out-st-sign-date = 日期:

### kaohe history --quarter/--year

out-period-year-title = { $period } 年度考核({ $first } 至 { $last })
out-period-quarter-title = { $period } 季度考核({ $first } 至 { $last })
out-period-action-count = { $action } { $count } 次
out-period-no-months = (本期间没有记录的月份)
out-period-col-team = 班组
out-period-col-rank = 名次
out-period-col-agent = 工号
out-period-col-name = 姓名
out-period-col-avg-work = 平均工作考核分
out-period-col-avg-total = 平均考核总分
out-period-col-lowest = 最低
out-period-col-below = 低于线
out-period-col-full = 满分月
out-period-col-awards = 特殊奖励
out-period-col-fines = 罚款
out-period-col-pay-adj = 考核工资调整
out-period-col-actions = 处理
out-period-subtotal = 小计
out-period-agents = { $count } 人
out-period-legend = 各月为工作考核分(小计行为班组平均);低于线 = 低于强化培训线的月数;空白 = 未知(导入的月份只有工作考核分);--out FILE.xlsx|FILE.csv 另含各月考核总分和考核工资调整
out-period-team-subtotal = { $team } 小计({ $count } 人)
out-period-sheet-year = { $period }年度考核
out-period-sheet-quarter = { $period }季度考核
out-period-sheet-teams = 班组月度平均
out-period-period = 本期
out-period-chart-title = 各班组每月工作考核分平均
out-col-rank_in_team = 组内名次
out-col-period-months = 月数
out-col-period-average_work_score = 平均工作考核分
out-col-period-average_total_score = 平均考核总分
out-col-period-lowest_work_score = 最低工作考核分
out-col-period-lowest_month = 最低月份
out-col-period-months_below_threshold = 低于强化培训线月数
out-col-period-full_marks_months = 满分月数
out-col-period-special_awards = 特殊奖励次数
out-col-period-fines = 罚款
out-col-period-pay_adjustment = 考核工资调整合计
out-col-period-actions = 处理

### kaohe compare

out-compare-head = { $month } 规则对比:{ $base }(现行)→ { $tried }(拟用)
out-compare-changed = { $agents } 人中有 { $changed } 人发生变化
out-compare-col-agent = 工号
out-compare-col-name = 姓名
out-compare-col-work = 工作考核分
out-compare-col-total = 考核总分
out-compare-col-rewards = 奖励
out-compare-col-pay-adj = 考核工资调整
out-compare-col-gross = 应发工资
out-compare-col-actions = 处理
out-compare-in-force = 现行
out-compare-tried = 拟用
out-compare-difference = 差额
out-compare-cost = 每月总成本差额:{ $amount }
out-compare-title = { $month } 规则对比:{ $base } → { $tried }
out-compare-sheet = 规则对比
out-compare-totals-sheet = 合计
out-compare-cost-label = 总成本差额

### kaohe inspectors (and its sheet)

out-inspector-none = (未填检查人)
out-inspector-flag-stricter = 偏严
out-inspector-flag-lenient = 偏松
out-inspectors-title = 检查人 { $month }:按检查人统计的抽查和问题
out-inspectors-none = 本月没有抽查。
out-inspectors-stricter = { $name } 每次抽查 { $rate } 个问题,其他人 { $others }:偏严,超出偶然能解释的范围(校正 p = { $p })。
out-inspectors-lenient = { $name } 每次抽查 { $rate } 个问题,其他人 { $others }:偏松,超出偶然能解释的范围(校正 p = { $p })。
out-inspectors-none-flagged = 没有检查人的问题率与其他人的差异超出偶然范围。
out-inspectors-no-comparison = 本月只有一位检查人(或一组)的抽查有问题记录:无从比较。
out-inspectors-test = 检验:两个泊松率的精确条件检验(二项分布),双侧,Bonferroni 校正;每位检查人与其他所有人比较,校正 p < { $alpha } 时标记。
out-inspectors-sample = 一次抽查 = 某天抽查某一位客服。
out-inspectors-pairs = 一行写了两个人(主管+人事)是两人共同的判断,按两人一组统计,不分别计入。
out-inspectors-others = 部门意见和主管评定的问题({ $count } 条)不是抽查,不参与比较。

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
