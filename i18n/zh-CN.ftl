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

# 位置和问题:`qa.csv 第7行「日期」列:… — …`。
input-place-row = 第{ $row }行
input-place-column = { $column } 列
input-place-column-named = 「{ $column }」列
input-problem = { $place }:{ $what } — { $fix }
input-problem-no-fix = { $place }:{ $what }
input-list-separator = 、
check-table-separator = ;
check-or-separator = {" 或 "}

# 哪个文件或工作表是哪个表。
input-not-read-format = { $file } 未读取:kaohe 只读取 .csv、.xlsx、.xls、.ods 文件中的表,请另存为其中一种格式
input-unknown-file = 这不是 kaohe 认识的表,未读取
input-maybe-table = 这可能是{ $table }表,但这个名称不会被读取——如要使用,请改名为 { $names }
input-several-sheets = 有多个工作表都是{ $table }表:{ $list }
input-several-sheets-fix = 每个表只保留一个工作表,其余的改名或删除
input-several-files = 有多个文件都是{ $table }表:{ $list }
input-several-files-fix = 每个表只保留一个文件,把其余的移出文件夹
input-ambiguous = { $list } 都像是{ $table }表,kaohe 不会猜测用哪一个
input-ambiguous-fix = 只保留正确的那个(命名为 { $names }),把其余的(副本、旧版本)移出文件夹

# 表的格式。
check-title-rows = 标题行在第 { $header } 行;其上方的 { $count } 行(第 { $rows } 行)不是数据,已跳过:{ $skipped }
check-merged-header = 标题单元格 { $span } 被合并,部分列没有自己的名称
check-merged-header-fix = 取消合并,并在标题行为每一列命名
check-merged = 单元格 { $span } 被合并;只有第一格有值
check-merged-fix = 取消合并,并在每一格填入数值
check-row-width = 此行有 { $cells } 格,标题行有 { $header } 格
check-row-width-fix = 此行少了或多了分隔符(含逗号的值,如 "¥3,000",必须加引号);请修正,使每个值都在自己的列下
check-unnamed-column = 此值所在的列在标题行中没有名称
check-unnamed-column-fix = 请在标题行为该列命名,或删除此值
check-totals-row = 合计行({ $word })已跳过;kaohe 会自行计算合计
check-header-error = 列名是 Excel 错误值 { $value }
check-header-error-fix = 请以文字输入列名
check-column-twice = { $first } 和 { $second } 两列都是{ $column }
check-column-twice-fix = 保留其中一列,删除或改名另一列
check-unknown-column = 未知的列「{ $column }」已忽略
check-missing-column = 缺少必需的列:{ $column }
check-missing-column-fix = 在标题行加一列,标题为 { $names }

# 本月的各个表。
check-missing-table = 缺少必需的{ $table }表
check-missing-table-fix = 添加名为 { $names } 的文件或工作表(.csv、.xlsx、.xls 或 .ods)
check-missing-table-hint = { $fix };{ $file } 可能就是,请改名
check-absent-table = 没有{ $table }表({ $names }):本月按空表处理
check-not-on-roster = 工号 { $id } 不在人员名册中
check-not-on-roster-zeros-fix = 名册中有 { $roster_id }:Excel 会去掉数字工号开头的 0——请把工号列设为文本格式,并输入 { $roster_id }
check-not-on-roster-fix = 改正工号,或把此人加入人员表
check-duplicate-agent = 工号 { $id } 已在名册第 { $first } 行出现
check-duplicate-agent-fix = 每人只列一次:改正工号或删除此行
check-sum-too-large = 此人的合计过大,无法精确相加
check-sum-too-large-fix = 请检查此人各行的金额和分数
check-repeated-row = 第 { $row } 行与第 { $first } 行完全相同;两行都计入
check-outside-table = { $file } { $dated } 行中 { $count } 行,多数在 { $month }
check-mostly-outside = 大部分日期不在 { $month } 月内({ $tables }):--month 是否填错?
check-mostly-outside-fix = 如果这些文件属于 { $top },请用 --month { $top };否则请改正日期
check-pending-appeal = { $id } 于 { $date } 的 { $leaf } 问题申诉待定:裁定前照常扣分
check-sampling-window = { $from }–{ $to }日
check-sampling-gap = { $id } { $name } 在 { $month }月{ $from }日–{ $to }日 没有抽查(规则要求每个抽查时段各抽查一次:{ $windows })
check-survey-count = 本月有 { $count } 份满意度调查;制度要求每月调查 { $min }–{ $max } 名客户

# 一行中的各个单元格。
check-excel-error = 单元格是 Excel 错误值 { $value }
check-excel-error-fix = 修正公式或直接输入数值
check-empty = { $column }为空
check-empty-fix = 请填写;此项必填
check-agent-id-number = { $value } 不是工号(工号为整数或文字)
check-agent-id-number-fix = 请输入工号
check-not-date = 「{ $value }」不是日期
check-not-date-fix = 日期请写成 2026-10-03、2026/10/03 或 2026年10月3日
check-outside-month = { $date } 不在 { $month } 月内
check-outside-month-fix = 改正日期,或把此行移到所属月份的数据中
check-not-number = { $column }「{ $value }」不是数字
check-not-number-fix = 请写数字,例如 2、0.5 或 3200.00
check-negative = { $column } { $value } 是负数
check-negative-fix = 请写正数
check-over-limit = { $column } { $value } 超过上限 { $limit }
check-over-limit-money-fix = 请检查数值:每格金额最多 { $limit } 元
check-over-limit-count-fix = 请检查数值:每行最多 { $limit }
check-decimals = { $column } { $value } 超过两位小数
check-decimals-fix = 金额以元为单位,最多两位小数(分)
check-unknown-value = 「{ $value }」不是有效的{ $what }
check-unknown-value-fix = 请使用其中之一:{ $choices }
check-what-status = 状态
check-what-leaf = 项目代码
check-what-source = 来源
check-what-appeal = 申诉结果
check-what-topic = 调查类别
check-what-category = 类别
check-what-attendance-kind = 考勤事项
check-what-award-kind = 奖励类别
check-what-penalty-kind = 罚款类别
check-misses-without-item = 有次数 { $misses } 但没有项目
check-misses-without-item-fix = 请填写对应的项目代码;无问题的抽查请清空次数
check-void-contradicts = 作废表示申诉成立,但申诉一列是「{ $appeal }」
check-void-contradicts-fix = 二者只留一个:清空作废,或改正申诉
check-appeal-without-finding = 没有项目(无问题的抽查)的行不能申诉
check-appeal-without-finding-fix = 请填写所申诉的项目代码,或清空申诉各列
check-decision-without-appeal = 没有申诉的问题却有裁定
check-decision-without-appeal-fix = 请填写申诉结果(待定、成立、驳回),或清空裁定
check-pending-decided = 待定的申诉已有裁定日期
check-pending-decided-fix = 请填写裁定结果(成立或驳回),或清空日期
check-not-whole = { $column } { $value } 不是整数
check-not-whole-fix = 次数请写整数:1、2、3
check-not-yes-no = 「{ $value }」不是 是/否
check-not-yes-no-fix = 申诉成立写「是」(或填写申诉一列),否则留空
check-rating = 评价「{ $value }」不是 1–5
check-rating-fix = 请写 1–5,或 非常满意/满意/一般/不满意/非常不满意
check-kind-category = 事项「{ $kind }」属于{ $kind_category },但此行类别是{ $category }
check-kind-category-fix = 请改正类别或事项
check-kind-points = { $kind }({ $points } 分)
check-no-points-no-kind = 此行既没有扣分也没有事项
check-no-points-no-kind-fix = 请填写扣分,或有默认扣分的事项:{ $kinds }
check-fine-needs-amount = { $kind }罚款必须填写金额
check-fine-needs-amount-fix = 请填写公司决定的罚款金额(元)
check-fine-range = { $kind }罚款 { $amount } 超出范围 { $range }
check-fine-range-fix = 请填写 { $range } 元之内的金额


# 读取文件和工作簿。
input-not-folder-or-workbook = 这既不是文件夹,也不是工作簿(.xlsx、.xls、.ods)
input-not-folder-or-workbook-fix = --input 请给出存放 agents.csv、qa.csv 等文件的文件夹,或各工作表即为各表的一个工作簿
input-not-utf16 = 此文件无法作为文本读取:其字节不是有效的 UTF-16
input-save-csv-utf8-fix = 请在 Excel 中另存为"CSV UTF-8",或检查是否选对了文件
input-binary = 此文件无法作为文本读取:它是{ $kind }
input-binary-fix = 请给文件改用真正的扩展名(.xlsx、.xls、.ods),或把表导出为 CSV
input-kind-zip = zip 压缩文件(是以 .csv 为名保存的 .xlsx 或 .ods 工作簿吗?)
input-kind-xls = 以 .csv 为名保存的旧版 Excel 工作簿(.xls)
input-kind-pdf = PDF 文档
input-nul-bytes-no-bom = 此文件无法作为文本读取:其中有 NUL 字节(没有字节顺序标记的 UTF-16,或者不是文本文件)
input-nul-bytes = 此文件无法作为文本读取:其中有 NUL 字节
input-encoding-unknown = 无法判断此文件的编码:{ $why }
input-encoding-none = 其字节既不是 UTF-8,也不是 GBK/GB18030 或 Big5 文本
input-encoding-both = 它既可读作 GBK 也可读作 Big5,kaohe 无法判断是哪一种
input-encoding-fix = 请在 Excel 中另存为"CSV UTF-8"(另存为 → CSV UTF-8),或检查是否选对了文件
input-open-quote = CSV 格式错误:此行开始的引号到第 { $line } 行之前都没有闭合
input-open-quote-fix = 请用文本编辑器打开文件,补上缺少的引号(值中的引号要写两次:"")
input-control-char = 单元格中有控制字符 U+{ $code }
input-control-char-fix = 请删除它(在 Excel 中看不见;常因从其他程序复制文字而来)
input-mixed-encoding = 此单元格的字节不像文件其余部分那样是 { $encoding } 文本
input-mixed-encoding-fix = 文件混用了多种编码:请重新输入此单元格,或把整个文件重新另存为"CSV UTF-8"
input-cannot-read-workbook = 无法读取工作簿:{ $error }
input-cannot-read-workbook-fix = 请检查路径和权限
input-not-a-workbook = 这不是 kaohe 能读取的工作簿:{ $error }
input-not-a-workbook-fix = 请用 Excel 或 LibreOffice 打开并另存为 .xlsx,或检查是否选对了文件
input-no-sheets = 工作簿中没有工作表
input-no-sheets-fix = 请把表放在第一个工作表上
input-cannot-read-sheet = 无法读取工作表:{ $error }
input-cannot-read-sheet-fix = 请在 Excel 中打开并保存文件,然后重试
input-xlsb = 不支持 xlsb 工作簿;请另存为 .xlsx
input-rows-out-of-order = 工作表中各行的存储顺序错乱(Excel 从不这样保存)
input-rows-out-of-order-fix = 请用 Excel 或 LibreOffice 打开工作簿并重新保存
input-formula-no-value = 单元格中的公式{ $formula }没有计算结果
input-formula-no-value-fix = 请在 Excel(或 LibreOffice)中打开并保存文件,以算出数值,或直接输入数值
input-workbook-damaged = 工作簿已损坏:{ $error }
input-workbook-damaged-fix = 请用 Excel 或 LibreOffice 打开并重新保存(存为 .xlsx),或检查是否选对了文件
input-sheet-too-big = 工作表展开后有 { $cells } 个单元格({ $rows } 行 × { $columns } 列),超过 kaohe 从 .ods 或 .xls 读取的上限
input-sheet-too-big-fix = 请把工作簿另存为 .xlsx(逐格读取)或 CSV
input-stray-cell = 工作表在 { $cell } 处有一个远离表格的值:按网格读取将达 { $rows } 行 × { $columns } 列
input-stray-cell-fix = 请删除这个多余的单元格(在 Excel 中按 Ctrl+End 可跳到该处),或删除表格右侧和下方的所有内容,然后重新保存

# 规则文件(src/rules.rs):位置、名称和其中的问题。
rules-place = { $file } 第{ $line }行第{ $column }列
rules-built-in = 内置规则 { $file }
rules-fix-format = 请对照 rules/default.toml 的写法改正规则文件
rules-fix-swap = 请把两者对调
rules-unreadable = 无法读取规则文件:{ $reason }
rules-unreadable-control = 其中有控制字符,不是文本文件
rules-unreadable-not-utf8 = 它不是 UTF-8 文本(是否存成了 GBK/ANSI?)
rules-unreadable-fix = 请以 UTF-8 编码保存(记事本:另存为 → 编码:UTF-8),最好以 rules/default.toml 为底稿修改
rules-toml-unknown-key = 未知的键 `{ $key }`
rules-toml-unknown-key-fix = 请删去它或改正拼写;这里可用的键:{ $keys }
rules-toml-unknown-key-none-fix = 请删去它:这里不设任何键
rules-toml-missing-key = 缺少键 `{ $key }`
rules-toml-missing-key-fix = 请在这里补上 { $key } = …(写法见 rules/default.toml)
rules-toml-unknown-value = `{ $value }` 不是这里可用的值
rules-toml-unknown-value-fix = 请使用其中之一:{ $values }
rules-toml-wrong-value = 这里的值不对,应为:{ $expected }
rules-toml-expected-whole = 0 或更大的整数
rules-toml-expected-small = 0–255 的整数
rules-toml-expected-bool = true 或 false
rules-toml-expected-text = 加英文双引号的文字
rules-toml-expected-list = 方括号括起的列表
rules-toml-expected-other = 另一种类型
rules-toml-duplicate-key = 这个键重复出现
rules-toml-duplicate-key-fix = 每个键和每个 [表] 只写一次;请删去或合并重复的那个
rules-toml-syntax = 这里不符合 TOML 的写法
rules-not-a-number = `{ $value }` 不是数字
rules-unusable-number = { $value } 不是可用的数字
rules-full-marks = scheme.work_full_marks 是 { $value },必须大于 0
rules-full-marks-fix = 请填写工作考核分的满分,例如 50
rules-item-twice = 分项 { $item } 定义了两次
rules-item-twice-fix = 每个分项用自己的编号
rules-item-points = 分项 { $item } 的分值是 { $points },必须大于 0
rules-item-points-fix = 请填写该分项的分值
rules-leaf-code = 考核内容代码 `{ $code }` 为空或含有 `;`/`,`
rules-leaf-code-fix = 请用简短的代码,例如 1a
rules-leaf-item = 考核内容 { $leaf } 属于分项 { $item },但该分项没有定义
rules-leaf-item-fix = 请在 [[items]] 下添加该分项,或改正考核内容的分项编号
rules-leaf-points = 考核内容 { $leaf } 的分值是 { $points },每次扣分(per_miss)是 { $per_miss };两者都必须大于 0
rules-leaf-points-fix = 请给考核内容填写正数的分值和每次扣分
rules-item-leaves-over = 分项 { $item } 的考核内容合计 { $sum } 分,超过该分项的 { $points } 分
rules-item-leaves-over-fix = 请降低考核内容的分值,或提高分项的分值
rules-items-over = 各分项合计 { $sum } 分,超过工作考核分的满分 { $full } 分
rules-items-over-fix = 请降低分项的分值,或提高 scheme.work_full_marks
rules-survey-thresholds = surveys:dissatisfied_at_most { $dissatisfied } 必须小于 satisfied_at_least { $satisfied },且两者都在 1–5 之间
rules-survey-thresholds-fix = 例如 dissatisfied_at_most = 2,satisfied_at_least = 4
rules-survey-count = surveys:department_count_min { $min } 大于 department_count_max { $max }
rules-topic-leaf = 调查类别 { $topic } 扣考核内容 { $leaf } 的分,但该考核内容没有定义
rules-topic-leaf-fix = 请填写 [[leaves]] 中的考核内容代码
rules-attendance-negative = attendance:出勤分和卫生分的满分不能是负数
rules-attendance-negative-fix = 例如 2.5
rules-kind-negative = 考勤事项 { $kind } 扣 { $points } 分;扣分不能是负数
rules-kind-negative-fix = 请把扣分写成正数
rules-special-negative = special.points 不能是负数
rules-special-negative-fix = 例如 10
rules-award-needed = 奖励类别 { $kind } 所需次数为 0;至少应为 1
rules-award-needed-fix = 请设 needed = 1 或更大
rules-run-length = rewards.run_length 是 0
rules-run-length-fix = 例如 3
rules-rewards-negative = 奖励金额不能是负数
rules-rewards-negative-fix = 请填写 0 或更大的金额
rules-action-runs = actions:company_praise_run、raise_run 和 raise_year_count 都必须至少为 1
rules-action-runs-fix = 例如 3、6 和 11
rules-penalty-min = 罚款类别 { $kind }:最低金额(min){ $min } 是负数
rules-penalty-min-fix = 请填写 0 或更大的最低金额
rules-penalty-max = 罚款类别 { $kind }:最高金额(max){ $max } 低于最低金额(min){ $min }
rules-penalty-default = 罚款类别 { $kind }:默认金额(default){ $default } 超出其范围
rules-penalty-default-fix = 请在最低和最高金额之间选一个默认金额
rules-window-gap = 抽查时段 { $from }–{ $to } 日没有接着第 { $next } 日
rules-window-gap-fix = 请按先后列出覆盖 1–31 日的时段,例如 [[1,10],[11,20],[21,31]]
rules-windows-short = 抽查时段没有到第 31 日
rules-windows-short-fix = 最后一个时段请以 31 结束(即月末)
rules-rounding-strategy = 不支持舍入方式 `{ $strategy }`
rules-rounding-strategy-fix = 请使用 half_away_from_zero
rules-rounding-places = 舍入的小数位数太多
rules-rounding-places-fix = 请使用 money_places = 2 和 rate_places = 4
rules-too-many = 规则定义了 { $count } 个{ $what },最多允许 { $max } 个
rules-too-many-fix = 请删去考核制度不用的那些
rules-count-leaves = 考核内容
rules-count-topics = 调查类别
rules-count-attendance-kinds = 考勤事项
rules-count-award-kinds = 奖励类别
rules-count-penalty-kinds = 罚款类别
rules-limit-key = { $key }
rules-limit-item = 分项 { $item } 的分值
rules-limit-leaf = 考核内容 { $leaf } 的 { $key }
rules-limit-kind = 考勤事项 { $kind } 的扣分
rules-limit-penalty = 罚款类别 { $kind } 的 { $key }
rules-out-of-range-points = { $what } 是 { $value },必须在 0 到 { $max } 分之间
rules-out-of-range-yuan = { $what } 是 { $value },必须在 0 到 { $max } 元之间
rules-out-of-range-fix = 请填写范围内的值
rules-defined-twice = { $what } `{ $name }` 定义了两次
rules-defined-twice-fix = 每个代码和别名只能出现一次

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

### kaohe(命令行,src/main.rs、src/cmd/mod.rs、src/cmd/config.rs)

cmd-problems-found = kaohe:发现 { $count } 个问题;没有写入任何文件
cmd-error-io = { $path }:{ $error }
cmd-error-ledger = 台账 { $path }:{ $message }
cmd-error-prefix = kaohe:{ $message }
cmd-warning = 警告:{ $text }
cmd-warnings-more = 警告:……另有 { $count } 条“{ $kind }”警告,见 warnings.csv
cmd-negative-gross = { $id } { $name } 的应发工资为负数 { $gross }:罚款超过了工资
cmd-no-ledger = 没有找到台账 { $place }:本月按第一个月计算(没有以前的月份,不计跨月的连续满分);`kaohe close` 会建立台账
cmd-config-not-utf8 = { $file }:不是 UTF-8 文本,请另存为 UTF-8
cmd-config-unreadable = { $file }:无法读取:{ $error }
cmd-config-unknown-key = { $file }:第 { $line } 行:未知的设置项“{ $key }”——kaohe.toml 只能设置 ledger、rules、out 和 lang
cmd-config-bad-value = { $file }:第 { $line } 行:“{ $key }”的值有误({ $detail })——请用引号写文本,例如 ledger = "kaohe.db"
cmd-config-bad-path = { $file }:第 { $line } 行:“{ $key }”是“{ $value }”——请填写文件或文件夹名
cmd-config-bad-lang = { $file }:第 { $line } 行:lang 是“{ $value }”,kaohe 不支持这种语言——请用 zh(即 zh-CN)、zh-TW 或 en
cmd-bad-lang = “{ $value }”不是 kaohe 支持的语言:请用 zh(即 zh-CN)、zh-TW 或 en
cmd-not-blank = 不能为空:请写明原因(--reason)或经办人(--by)
cmd-no-stdout = 这里不支持 “-”(标准输出):请给出文件夹或文件名,例如 --out out/2026-10
cmd-no-stdin = 不支持 “-”(标准输入):请给出文件夹或工作簿,例如 --input examples/2026-10
cmd-not-a-year = “{ $year }”不是年份

### kaohe check

check-ok = { $month }:没有错误 — { $agents } 人,{ $warnings } 条警告;各表读取的行数:
check-col-file = 表
check-col-rows = 数据行数

### kaohe explain, kaohe statements

cmd-agent-not-on-roster = 工号 { $id } 不在人员名册中
cmd-agent-not-on-roster-fix = --agent 请填写人员名册中的工号
statements-no-team = 人员名册中没有班组 { $team } 的人
statements-empty-roster = 人员名册中没有人
statements-choose-fix = --team 或 --agent 请按名册中的写法填写
statements-too-many = 一个工作簿放 { $count } 份考核表太多(最多 { $max } 份):请用 --team 选一个班组
statements-wrote = 已写入 { $files }:{ $month } 的考核表 { $count } 份

### kaohe compare

compare-needs-rules = compare 需要 --rules 文件:要试用的规则
compare-out-xlsx = --out { $out }:对比结果写入工作簿,请给出以 .xlsx 结尾的文件名
cmd-wrote = 已写入 { $file }

### kaohe run, kaohe close: corrections (补发/扣回)

cmd-correction-back_pay = 补发
cmd-correction-claw_back = 扣回
cmd-correction-state-due = 待结算
cmd-correction-state-settled = 已结算
cmd-correction-state-superseded = 已被取代
cmd-adjustments-paid = 以前月份的更正(adjustments.csv):{ $count } 条,补发 { $back },扣回 { $claw },合计 { $net }
cmd-adjustment-line = { $id } { $name } { $month }:{ $paid } → { $new }({ $delta } { $kind },{ $state })

### kaohe close

cmd-list-separator = 、
cmd-action-dept_praise = { action-dept_praise }
cmd-action-company_praise = { action-company_praise }
cmd-action-raise_review = { action-raise_review }
cmd-action-retrain = { action-retrain }
cmd-action-reassign_review = { action-reassign_review }
close-fields-separator = ,
close-pending-appeal = { $id } 于 { $date } 的 { $leaf } 问题申诉待定
close-pending-appeal-fix = 结算前请先裁定(成立或驳回),或加 --allow-pending 结算
close-change = { $who }:{ $notes }{ $fields }
close-change-new-agent = (原版本中没有)
close-change-gone-agent = (已不在名册中)
close-change-field = { $field } { $old } → { $new }
close-change-delta = ({ $delta })
close-closed = { $month } 已结算,记入台账 { $place }
close-settled = { $count } 条以前月份的更正已随 { $month } 结算
close-reopened = { $month } 已在台账 { $place } 中重新结算:第 { $version } 版取代第 { $old } 版(旧版已保留:`kaohe history --month { $month }` 可同时查看)
close-totals = 合计
close-totals-agents = 人数
close-totals-work = 工作考核分合计
close-totals-pay-adjustment = 考核工资调整合计
close-totals-gross = 应发工资合计
close-no-changes = 没有人的分数、处理或工资发生变化
close-changes-heading = 按人列出的变化(原 → 新):
close-corrections-due = 待结算的更正(随下个月结算时发放,列在其 adjustments.csv 中):{ $count } 条,合计 { $net }
close-correction = { $id } { $name }:已发 { $paid } → { $new } = { $delta } { $kind }
close-correction-replaced = (取代 { $id } 尚未结算的更正 { $delta })
close-correction-cancelled = { $id } 尚未结算的更正 { $delta } 已取消:{ $month } 已恢复为已发金额
close-later-months = 此更改会影响以下之后已结算的月份(未改写;如需更新请重新结算):
close-no-later-changes = 之后已结算的月份不受影响
cmd-field-name = 姓名
cmd-field-team = 班组
cmd-field-status = 状态
cmd-field-work_score = 工作考核分
cmd-field-attendance_score = 出勤分
cmd-field-hygiene_score = 卫生分
cmd-field-special_score = 特殊奖励分
cmd-field-total_score = 考核总分
cmd-field-base_salary = 基本工资
cmd-field-allowance = 补助
cmd-field-appraisal_wage = 考核工资
cmd-field-attendance_bonus = 出勤奖金
cmd-field-special_bonus = 特殊奖金
cmd-field-rewards = 奖励
cmd-field-fines = 罚款
cmd-field-pay_adjustment = 考核工资调整
cmd-field-gross_pay = 应发工资
cmd-field-full_marks_run = 连续满分月数
cmd-field-actions = 处理

### kaohe history

history-out-needs-period = --out 用于导出季度或年度考核:请加上 --quarter YYYYQn 或 --year YYYY
history-month-and-period = --month 不能与 --quarter 或 --year 同用
history-no-ledger = 这里没有台账:`kaohe close` 或 `kaohe history import` 会建立台账
history-closed-months = 已结算的月份
history-none = (无)
history-imported-months = 导入的月份(只有工作考核分)
history-corrections-due = 待结算的更正(随下个月结算时发放):{ $count } 条,合计 { $net }
history-agent-unknown = 台账 { $ledger } 中没有工号 { $agent } 的任何月份:请核对工号(`kaohe history` 列出已结算和导入的月份)
history-imported = (导入)
history-corrections = 更正(补发/扣回)
history-reopened-note = 版本号大于 1 的月份曾重新结算:`kaohe history --agent 工号 --month 月份` 可并排查看各版本
history-appeals = 结算时记录的申诉:{ $count } 条(其中当时待定 { $pending } 条)
history-settled-with = 已随 { $month } 结算
history-correction = { $month } { $id } 第 { $version } 版:{ $paid } → { $new } = { $delta } { $kind }({ $state };原因:{ $reason })
history-not-closed = { $month } 未在台账 { $ledger } 中结算
history-lost-versions = (第 { $range } 版在台账开始保留版本之前已被取代;审计表中保留其合计)
history-versions-kept = { $month }:保留 { $count } 个版本
history-in-force = v{ $version }(现行)
history-agent-not-in-month = 工号 { $agent } 不在 { $month } 的任何版本中
history-agent-versions = { $agent } { $month }:{ $count } 个版本
history-version-reason = v{ $version } 原因:{ $reason }
history-out-extension = --out { $out }:请给出以 .xlsx 或 .csv 结尾的文件名
history-imported-count = 已从 { $file } 导入 { $count } 条工作考核分到 { $ledger }
history-import-later-months = 导入的月份会影响以下之后已结算的月份(未改写;如需更新请重新结算):
history-import-not-a-month = “{ $value }”不是月份
history-import-not-a-month-fix = 请写成 YYYY-MM,例如 2026-03
history-import-no-agent = 工号为空
history-import-no-agent-fix = 请填写工号
history-import-not-a-score = “{ $value }”不是有效的工作考核分
history-import-not-a-score-fix = 请填写 0 到 { $full } 之间的数
history-import-past-full-fix = 请填写 0 到 { $full } 之间的数({ $rules } 的满分);按其他方案考核的月份请用 --rules 指定其规则文件
history-import-second-row = 工号 { $agent } 在 { $month } 有重复的行
history-import-second-row-fix = 每人每月只保留一行
history-col-month = 月份
history-col-version = 版本
history-col-name = 姓名
history-col-agent = 工号
history-col-agents = 人数
history-col-work = 工作考核分
history-col-total = 考核总分
history-col-rewards = 奖励
history-col-pay-adjustment = 考核工资调整
history-col-gross = 应发工资
history-col-gross-total = 应发工资合计
history-col-run = 连续满分月数
history-col-actions = 处理
history-col-leaf = 考核内容
history-col-date = 日期
history-col-row = 行
history-col-inspector = 检查人
history-col-appeal = 申诉
history-col-decided-by = 裁定人
history-col-note = 说明
history-col-closed-at = 结算时间
history-col-by = 经办人
history-col-rules = 规则
history-col-reason = 原因
history-col-replaced = 被取代
history-col-version-gross = v{ $version } 应发工资
history-col-change = 变化

### The ledger (src/ledger)

ledger-newer-schema = 台账结构版本为 { $version },本版 kaohe 只能读取 { $known } 及以下的版本:此文件由更新版本的 kaohe 写入,请使用那个版本
ledger-rules-unreadable = 以 { $name } 保存的规则文本已无法读取:{ $problem }
ledger-already-closed = { $month } 已在台账 { $ledger } 中结算;如需替换,请用 --reopen --reason 原因
ledger-not-closed = { $month } 未在台账 { $ledger } 中结算;请去掉 --reopen 结算
ledger-import-closed = { $file }:{ $months } 已在台账 { $ledger } 中结算;导入不会覆盖已结算的月份,请删除这些行

ledger-not-a-date = “{ $value }”不是日期:文件被手工改过吗?
ledger-correction-not-due = { $id } 对 { $month } 的更正在台账 { $ledger } 中已不再待结算(结算过程中台账被改动了);请重新结算该月

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
rules-rounding = 舍入:四舍五入,保留 { $places } 位小数
