/**
 * The 繁體 edition's site words in Taiwan usage, decided once (src/lib/editions/hant.ts applies them).
 * - PHRASE_DECISIONS: every Taiwan phrase OpenCC's `twp` would put into the site's words, accepted or
 *   rejected, with the reason. Keyed by the character conversion's word (Traditional).
 * - AMBIGUITY_DECISIONS: where character conversion of the site's words picks another form than the
 *   article's text gets for the same two characters (占/佔, 布/佈): a 简体 word around them and the
 *   form the site uses (same length; applied to the site's words only).
 * - OWN_WORDS: Taiwan words the editors write where `twp` has none (二维码 → QR 碼).
 * The build fails on any `twp` phrase or disagreement in the site's words that is not decided here.
 */
export interface PhraseDecision { accept: boolean; /** The word to use when accepted, if not twp's. */ hant?: string; reason: string }

const accept = (reason: string, hant?: string): PhraseDecision => ({ accept: true, reason, ...(hant ? { hant } : {}) });
const reject = (reason: string): PhraseDecision => ({ accept: false, reason });

export const PHRASE_DECISIONS: ReadonlyMap<string, PhraseDecision> = new Map<string, PhraseDecision>([
  // Accepted: the interface's and the editors' words as Taiwan readers write them.
  ['打印', accept('print: 列印 in Taiwan (打印 is mainland usage)')],
  ['數據', accept('data: 資料 in Taiwan (下載資料, 資料表)')],
  ['鏈接', accept('link: 連結 in Taiwan; also the figure label 連結愛心企業 reads naturally so')],
  ['打開', accept('open (a file, a popover): 開啟')],
  ['查看', accept('view (在術語表中檢視): 檢視 is the Taiwan interface word')],
  ['信息', accept('information: 資訊 in Taiwan')],
  ['交互', accept('interactive (map): 互動')],
  ['發送', accept('send (a report): 傳送')],
  ['網絡', accept('network: 網路 in Taiwan')],
  ['互聯網', accept('the internet: 網際網路 in Taiwan (editorial gloss of 互联网+ policy words, not a quotation)')],
  ['菜單', accept('(browser) menu: 選單')],
  ['查找', accept('find (the figures search box): 搜尋 is the Taiwan interface word, rather than twp’s 查詢', '搜尋')],
  ['字體', accept('typeface: 字型')],
  ['軟件', accept('software: 軟體')],
  ['設備', accept('(the reader’s) device: 裝置')],
  ['縮進', accept('indent: 縮排')],
  ['算法', accept('algorithm: 演算法')],
  ['程序', accept('(computer) program: 程式 — the site’s words use 程序 only for the build program (/about/)')],
  ['文檔', accept('document (the print edition): 文件')],
  ['文件名', accept('file name: 檔名')],
  ['字段', accept('(data) field: 欄位')],
  ['代碼', accept('(source) code: 程式碼')],
  ['界面', accept('(user) interface: 介面')],
  // Rejected: names, the article's policy terms echoed in labels and notes, and twp's own errors.
  ['發佈', accept('publish: twp’s 釋出 is software-release jargon; Taiwan’s standard form is 發布, as the article’s 科技部發布 converts', '發布')],
  ['項目', reject('项目 as “item” (the table’s column 項目) and as the article’s 政府投資項目 is the same word in Taiwan; twp’s 專案 means a (software) project')],
  ['社區', reject('社区 is a residential community (社區治理, 社區衛生服務中心): 社區 in Taiwan too; twp’s 社群 is an online community')],
  ['文件', reject('文件 here are official documents (系列文件): 文件 in Taiwan too; twp’s 檔案 is a computer file')],
  ['高端', reject('the article’s policy term (高端裝備, 中高端) echoed in notes; kept as the article has it')],
  ['創建', reject('创建 is the campaign term (創建全國文明城市), not “create” in software; twp’s 建立 would rename it')],
  ['智能', reject('names and policy terms: 湖南伊澍智能製造有限公司, 智能軌道快運系統, 智能製造; a company’s registered name is not localised')],
  ['知識產權', reject('the title 國家知識產權示範城市 is a name awarded by the State Council; kept as named')],
  ['對象', reject('对象 is the target group of a policy (處理一部分對象), not a software object (twp’s 物件)')],
  ['連接', reject('joining lines of text (各行連接起來): 連接 in Taiwan too; twp’s 連線 is a network connection')],
  ['聯繫', reject('联系群众 is a Party phrase explained in the glossary; kept')],
  ['擴展', reject('twp’s 擴充套件 is a software extension, wrong for 擴展到生態環境保護 (extended to)')],
  ['全局', reject('twp’s 全域性 is a programming word; 從全局出發 (from the whole picture) reads so in Taiwan')],
  ['優化', reject('優化服務 is part of the policy name 放管服 (简政放权、放管结合、优化服务); twp’s 最佳化 would rename it')],
  ['在線', reject('twp cuts 在線上線下 (在 | 线上线下) wrongly; the one real “online” is written as an own word (在線地圖 → 線上地圖)')],
  ['詞組', reject('OpenCC’s own term for its dictionaries of phrases (/about/): kept')],
]);

export const AMBIGUITY_DECISIONS: ReadonlyMap<string, { hant: string; reason: string }> = new Map([
  ['占全', { hant: '佔全', reason: '占 as “account for” is 佔 in Taiwan, as the article’s 佔全區總人口 has it; the label 覆蓋人口占全區 was cut 口占 (dictate)' }],
  ['发展', { hant: '發展', reason: 'OpenCC cuts 包括发展 as 括发 (to bind the hair), giving 髮展; development is always 發展' }],
  ['发布', { hant: '發布', reason: 'publish is 發布 in the site’s words (Taiwan’s standard form, and the article’s 科技部發布); OpenCC gives 發佈 in 發佈者, 許可發佈' }],
  ['修复的', { hant: '修復的', reason: 'repair (修復) here; the article’s 覆的 is a reply (批覆的): both right, no change' }],
]);

export const OWN_WORDS: ReadonlyMap<string, { hant: string; reason: string }> = new Map([
  ['用微信掃一掃二維碼', { hant: '用手機相機掃描 QR Code', reason: 'Taiwan readers scan with the phone camera or LINE, not WeChat' }],
  ['二維碼', { hant: 'QR Code', reason: 'QR code: written QR Code in Taiwan' }],
  ['下面的網址', { hant: '下方的網址', reason: 'the address below (in the share box): 下方 in Taiwan’s interface writing' }],
  ['時間線', { hant: '時間軸', reason: 'timeline: 時間軸 in Taiwan' }],
  ['空氣質量', { hant: '空氣品質', reason: 'air quality: 空氣品質 in Taiwan (a label of the editors’; the article’s own sentence keeps its words)' }],
  ['中的份額', { hant: '中的佔比', reason: 'share (of the city’s area, of the population) in a graphic’s title: 佔比 in Taiwan; 份額 is a market share' }],
  ['所佔份額', { hant: '所佔比例', reason: 'share (of the national, the world output) in a graphic’s title: 比例 in Taiwan; 份額 is a market share' }],
  ['通過你得到本站連結的渠道', { hant: '透過你取得本站連結的管道', reason: 'through (a channel): 透過…管道 in Taiwan' }],
  ['頁面地址', { hant: '網址', reason: 'a page’s address: 網址 in Taiwan' }],
  ['軟體包', { hant: '套件', reason: '(npm) package: 套件 in Taiwan' }],
  ['米），相鄰', { hant: '公尺），相鄰', reason: 'metres (how far the simplified boundary strays, /about/): 公尺 in Taiwan' }],
  ['數百米', { hant: '數百公尺', reason: 'a few hundred metres: 公尺 in Taiwan' }],
  ['同一口徑', { hant: '同一定義', reason: 'counted on the same basis (統計口徑 is mainland statistical jargon): 同一定義' }],
  // 构建 as “build (the site)”: 建置 in Taiwan; never the article’s 構建 (構建「兩型社會」, 荷塘區構建了).
  ['每次構建', { hant: '每次建置', reason: 'to build (the site): 建置 in Taiwan' }],
  ['構建即失敗', { hant: '建置即失敗', reason: 'to build (the site): 建置 in Taiwan' }],
  ['構建失敗', { hant: '建置失敗', reason: 'to build (the site): 建置 in Taiwan' }],
  ['構建時', { hant: '建置時', reason: 'to build (the site): 建置 in Taiwan' }],
  ['軟體構建', { hant: '軟體建置', reason: 'built with (software): 建置 in Taiwan' }],
  ['在線地圖', { hant: '線上地圖', reason: 'online map (the twp phrase 在線 is rejected because it cuts 在線上線下 wrongly)' }],
  // A Taiwan newsroom's words for the editors' own apparatus (read by a Taiwan reader, stop 26).
  ['導語', { hant: '導言', reason: 'a lede (the editors’ 导语 under each title): 導言 in Taiwan’s newsrooms' }],
  ['文本', { hant: '文字', reason: 'the text (extracted from the page): 文字 in Taiwan; 文本 reads as literary-theory or mainland usage' }],
  ['核實', { hant: '查證', reason: 'to check (the editors have not checked a claim): 查證 in Taiwan' }],
  ['給出', { hant: '列出', reason: 'gives (a number, a lower bound): 列出 in Taiwan’s writing' }],
  ['數量表述', { hant: '數字敘述', reason: 'a statement of quantity (each counted in the records): 數字敘述 in Taiwan' }],
  ['許可', { hant: '授權', reason: '(software, data) licence: 授權 in Taiwan (MIT 授權)' }],
  ['源資料', { hant: '原始資料', reason: 'the source data (of the boundaries): 原始資料 in Taiwan' }],
  ['提法', { hant: '說法', reason: 'a (policy) formulation, in the glossary’s notes: 說法 in Taiwan; 提法 is mainland political jargon' }],
  ['刊發', { hant: '刊登', reason: 'published (by a newspaper): 刊登 in Taiwan' }],
  ['時長', { hant: '期間', reason: 'a duration (a figure’s kind, a plan’s expected length): 期間 in Taiwan' }],
  // The editors' subheads (chapter 1 and 3), as a Taiwan desk would write them; the article's own 試點 and 攻堅 stay in its text.
  ['試點與藍圖', { hant: '試辦與藍圖', reason: 'a subhead: pilots are 試辦 in Taiwan’s administrative writing; 試點 is mainland usage' }],
  ['攻堅與新城', { hant: '全力衝刺，關廠建新城', reason: 'a subhead: 攻堅 (storming a fortified position) is mainland campaign language; 全力衝刺與新城 read as two unrelated nouns, so the section’s two halves (closing the plants, the new city) are said as a Taiwan desk would; the English has “the final push”' }],
  ['走進企業', { hant: '走訪企業', reason: 'a subhead: visiting companies (as a reporter does) is 走訪 in Taiwan' }],
  ['提取', { hant: '擷取', reason: 'to extract (the text from the newspaper page): 擷取 in Taiwan; 提取 reads as withdrawing cash or a chemical extract' }],
  ['編者注', { hant: '編按', reason: 'an editors’ note: 編按 in Taiwan’s newspapers' }],
  ['寫好報告', { hant: '填寫回報', reason: 'write (an error report) below: 填寫回報 in Taiwan’s interface writing' }],
  ['要麼', { hant: '或', reason: 'either … or (每一處或有數字紀錄，或…): 要麼 is mainland colloquial' }],
  ['另有記錄', { hant: '另有紀錄', reason: 'a record (noun): 紀錄 in Taiwan; 記錄 stays the verb (分別記錄, 一同記錄)' }],
  ['數字記錄', { hant: '數字紀錄', reason: 'a record (noun): 紀錄 in Taiwan' }],
  ['數量記錄', { hant: '數量紀錄', reason: 'a record (noun): 紀錄 in Taiwan' }],
  ['留下記錄', { hant: '留下紀錄', reason: 'a record (noun): 紀錄 in Taiwan' }],
  ['一條記錄', { hant: '一筆紀錄', reason: 'one record (each figure has one): 一筆紀錄 in Taiwan' }],
  ['注：', { hant: '註：', reason: 'a note (注：文中作…): 註 in Taiwan, as in 註明' }],
  ['縣市區', { hant: '縣級行政區', reason: 'the county-level divisions (九個縣市區): in Taiwan 縣市 are the top-level divisions, so 縣市區 reads as nonsense; 縣級行政區 says what they are (the article’s own 各縣市區 stays)' }],
  // A second Taiwan reader's review (issue 20): the editors' words only; where the article's own words are quoted (in 「」) they stay.
  ['報道', { hant: '報導', reason: 'a (news) report: 報導 in Taiwan (它是宣傳性的報導, 宣傳報導); the article never uses 报道' }],
  ['增長動力', { hant: '成長動能', reason: 'a growth driver (the chapter 3 dek, the editors’ words): 成長動能 in Taiwan; 增長動力 is not the article’s phrase' }],
  ['軌道交通、航空、汽車等動力產業和多項核心技術', { hant: '軌道運輸、航空、汽車等動力產業和多項核心技術', reason: 'rail transport among the industries (the chapter 3 dek): 軌道運輸 in Taiwan. Only here: the labels 軌道交通裝備產業化基地…, 株洲軌道交通裝備製造創新型產業集群…, 中國軌道交通城 shorten names the state awarded, and 軌道交通產業產值 names the statistic as the article counts it beside its quote, so they keep 軌道交通' }],
  // 关停 (shut down): 關閉 in Taiwan in the editors' labels, chart titles and notes; the article's 關停 stays in its text and in every 「」 quotation of it.
  ['清水塘企業關停、', { hant: '清水塘企業關閉、', reason: 'shut down (a figure’s label, the editors’ words; the article’s list is quoted in the note): 關閉 in Taiwan' }],
  ['年關停汙染企業', { hant: '年關閉汙染企業', reason: 'shut down (the label 2013—2016年關閉汙染企業; its quote keeps 關停): 關閉 in Taiwan' }],
  ['先後關停汙染企業', { hant: '先後關閉汙染企業', reason: 'shut down (a timeline label, written without quotation marks as the editors’ summary; the quote is in the figure’s record): 關閉 in Taiwan' }],
  ['累計關停企業', { hant: '累計關閉企業', reason: 'shut down (a figure’s label and the chapter’s key number): 關閉 in Taiwan' }],
  ['已關停與僅剩', { hant: '已關閉與僅剩', reason: 'shut down (a derived figure’s label): 關閉 in Taiwan' }],
  ['已關停147家', { hant: '已關閉147家', reason: 'shut down (a chart title and the derived figure’s sum, the editors’ words; the article writes 已關停企業147家, which stays where quoted): 關閉 in Taiwan' }],
  ['需關停的企業', { hant: '需關閉的企業', reason: 'shut down (the editors’ assumption, outside its quotations): 關閉 in Taiwan' }],
  ['該日前全面關停', { hant: '該日前全面關閉', reason: 'shut down (the timeline label 計劃：最後6家企業於該日前全面關閉, the editors’ paraphrase): 關閉 in Taiwan' }],
  // The chart title 清水塘關停的企業：2013—2016年所關停的，與截至發表時關停的總數, in two keys: the page sets the years apart in their own span.
  ['清水塘關停的企業', { hant: '清水塘關閉的企業', reason: 'shut down (a chart title, the editors’ words): 關閉 in Taiwan' }],
  ['年所關停的，與截至發表時關停的總數', { hant: '年所關閉的，與截至發表時關閉的總數', reason: 'shut down (the same chart title, after its years): 關閉 in Taiwan' }],
  ['搬遷、關停和', { hant: '搬遷、關閉和', reason: 'shut down (a glossary explanation, the editors’ words): 關閉 in Taiwan' }],
  // The map's words.
  ['約略位置', { hant: '大致位置', reason: 'an approximate position (the map’s key, lists and popups; /about/): 大致位置 is the everyday Taiwan phrase, as /about/ already says 大致所在' }],
  ['湖南省各市州', { hant: '湖南省各地級行政區', reason: 'Hunan’s prefecture-level cities and its autonomous prefecture (市州 is mainland shorthand a Taiwan reader does not know): 地級行政區, as the site says 縣級行政區 one level down' }],
  ['個地方，都列在地點列表中：', { hant: '處地點，全都列在地點列表中，其中', reason: 'the /map/ lede: places counted as 處地點 (one word for them, not 地方 then 地點), and 其中 ties the marked ones to the list' }],
  ['個地點按編號標在圖上（位置相同的合為一個標記）', { hant: '處依編號標在圖上（位置相同者合為一個標記）', reason: 'the /map/ lede, continued: 處 as counted before, 依編號, 位置相同者 as Taiwan’s written register has it' }],
  ['畫作藍線', { hant: '以藍線表示', reason: 'the /map/ lede: 畫作 reads as “a painting” in Taiwan; a river drawn as a blue line is 以藍線表示' }],
  ['，著色的是主城', { hant: '；著色部分為主城', reason: 'the /map/ lede: 著色的是 is spoken; 著色部分為 is how a Taiwan map caption says what is shaded' }],
  ['是其中心城區', { hant: '為其中心城區', reason: 'the /map/ lede: …為其中心城區, as the map’s key already has it' }],
  ['按“放大檢視”後', { hant: '點選“放大檢視”後', reason: 'the /map/ lede: a button is clicked (點選) in Taiwan’s interface writing' }],
  // Page names, the same in the navigation and on the page.
  ['封面', { hant: '首頁', reason: 'the home page (the navigation, the 404 page, the chapter bar, /about/): 首頁 in Taiwan; 封面 is a printed cover' }],
  ['政策術語', { hant: '術語', reason: 'the glossary’s kicker: the navigation, the popovers and the page title (術語表) say 術語, and the glossary has idioms and names too, not only policy terms' }],
  // 限定 (a figure's qualifier: 確數, 下限, 約數, 預期, 無確數): the specific uses first, then the filter's label.
  ['標出原文的限定（', { hant: '標出原文的修飾語（', reason: 'the /figures/ lede: the qualifiers themselves (「超過」「約」「預計」) are 修飾語; 限定 as a noun is not Taiwan usage' }],
  ['名稱、限定、所指時間', { hant: '名稱、數值性質、所指時間', reason: '/about/: what a figure’s record shows; its qualifier (確數, 下限, 約數…) is its 數值性質, as the filter on /figures/ is named' }],
  ['限定', { hant: '數值性質', reason: 'the /figures/ filter by qualifier (確數, 下限, 約數, 預期, 無確數): 數值性質; 限定 alone reads as “limited (edition)” in Taiwan. Used nowhere else in the site’s words (the two uses above are replaced before)' }],
  // Spacing.
  ['原文 “IG-” 與 “BT” 分處兩行', { hant: '原文“IG-”與“BT”分處兩行', reason: '/about/ (a repair’s reason): the 简体 sets a space beside the Latin inside “”; 「」 take no spaces in Taiwan’s typesetting' }],
]);
