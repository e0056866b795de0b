import { describe, expect, it } from 'vitest';
import { articleUsage, disagreements, fromHant, siteHant, toHant, twPhraseMatches, undecided } from '../../src/lib/editions/hant';
import { OWN_WORDS, PHRASE_DECISIONS } from '../../src/lib/editions/hant-usage';

describe('the 繁體 site words in Taiwan usage', () => {
  it('writes the interface the Taiwan way, each twp phrase as decided', () => {
    expect(siteHant('打印本章')).toBe('列印本章');
    expect(siteHant('下载数据（CSV）')).toBe('下載資料（CSV）');
    expect(siteHant('复制链接')).toBe('複製連結');
    expect(siteHant('用微信扫一扫二维码，或复制下面的网址：')).toBe('用手機相機掃描 QR Code，或複製下方的網址：');
    expect(siteHant('森林覆盖的面积在全市面积中的份额')).toBe('森林覆蓋的面積在全市面積中的佔比');
    expect(siteHant('市区空气质量优良天数')).toBe('市區空氣品質優良天數');
    expect(siteHant('请复制这份报告，通过你得到本站链接的渠道交给发布者')).toBe('請複製這份報告，透過你取得本站連結的管道交給發布者');
    expect(siteHant('附文中的数字、地点与时间线')).toBe('附文中的數字、地點與時間軸');
    expect(siteHant('注明页面地址和段落编号')).toBe('註明網址和段落編號');
    expect(siteHant('网站不会发布')).toBe('網站不會發布');
    expect(siteHant('城乡社区治理系列文件')).toBe('城鄉社區治理系列文件');
    expect(siteHant('湖南伊澍智能制造有限公司')).toBe('湖南伊澍智能製造有限公司');
    expect(siteHant('后扩展到生态环境保护')).toBe('後擴展到生態環境保護');
    expect(siteHant('每次构建网站时，否则构建失败')).toBe('每次建置網站時，否則建置失敗');
    expect(siteHant('构建“两型社会”')).toBe('構建「兩型社會」');
    expect(siteHant('“动力之都”里的‘谷’')).toBe('「動力之都」裡的『谷』');
    expect(siteHant('照录从版面提取的文本；导语、小标题为编者所写')).toBe('照錄從版面擷取的文字；導言、小標題為編者所寫');
    expect(siteHant('编者未核实，文中未直接给出')).toBe('編者未查證，文中未直接列出');
    expect(siteHant('文中78项数量表述各有一条记录')).toBe('文中78項數字敘述各有一筆紀錄');
    expect(siteHant('以 MIT 许可发布；源数据未注明坐标基准')).toBe('以 MIT 授權發布；原始資料未註明座標基準');
    expect(siteHant('官方提法；刊发媒体；预期时长；编者注；在本页下方写好报告')).toBe('官方說法；刊登媒體；預期期間；編按；在本頁下方填寫回報');
    expect(siteHant('它是宣传性的报道；新的增长动力；湖南省各市州（位置示意）；地点（约略位置）；封面；限定')).toBe('它是宣傳性的報導；新的成長動能；湖南省各地級行政區（位置示意）；地點（大致位置）；首頁；數值性質');
    expect(siteHant('累计关停企业；文中说“仅企业关停、土地收储”')).toBe('累計關閉企業；文中說「僅企業關停、土地收儲」');
    expect(siteHant('## 攻坚与新城')).toBe('## 全力衝刺，關廠建新城');
    expect(siteHant('每一处要么有数字记录，要么写明；各有一条记录，分别记录；注：全市辖九个县市区')).toBe('每一處或有數字紀錄，或寫明；各有一筆紀錄，分別記錄；註：全市轄九個縣級行政區');
  });
  it('leaves the article’s text to character conversion, with 「」『』 that map back', () => {
    const s = '株洲是中国“动力之都”，提出‘一年初见成效’，同年7月，科技部发布通知';
    expect(toHant(s)).toContain('「動力之都」');
    expect(toHant(s)).toContain('『一年初見成效』');
    expect(toHant(s)).toContain('科技部發布');
    expect(fromHant(toHant(s))).toBe(s);
    expect(toHant('打印数据')).toBe('打印數據');
  });
  it('finds the Taiwan phrases twp would use, longest first', () => {
    expect(twPhraseMatches('下載數據，列印').map((m) => [m.tw, m.twp])).toEqual([['數據', '資料']]);
    expect(twPhraseMatches('網際網路')).toEqual([]);
  });
  it('reports what is not decided, and every decision has a reason', () => {
    expect(undecided('默认视频', null).phrases.map((m) => m.tw)).toEqual(['默認', '視頻']);
    expect(undecided('下载数据', null).phrases).toEqual([]);
    for (const [w, d] of PHRASE_DECISIONS) expect(d.reason.length, w).toBeGreaterThan(5);
    for (const [w, d] of OWN_WORDS) expect(d.reason.length, w).toBeGreaterThan(5);
  });
  it('finds where the site’s words convert a character otherwise than the article (the 占/佔 kind)', () => {
    const usage = articleUsage(['占全区总人口49.1%的微信群组', '科技部发布通知']);
    expect(disagreements('覆盖人口占全区总人口比例', usage).map((d) => d.cn)).toContain('占全');
    expect(disagreements('本站的发布者', usage)).toMatchObject([{ cn: '发布', here: '發佈', article: '發布' }]);
    expect(disagreements('科技部发布通知', usage)).toEqual([]);
  });
});

describe('the decided disagreements', () => {
  it('are applied to the site’s words only', () => {
    expect(siteHant('微信群组覆盖人口占全区总人口比例')).toBe('微信群組覆蓋人口佔全區總人口比例');
    expect(siteHant('内容包括发展农村生产')).toBe('內容包括發展農村生產');
    expect(siteHant('本站的发布者')).toBe('本站的發布者');
    expect(fromHant(siteHant('微信群组覆盖人口占全区总人口比例'))).toBe('微信群组覆盖人口占全区总人口比例');
    const usage = articleUsage(['占全区总人口49.1%的微信群组', '科技部发布通知', '批复的']);
    expect(undecided('微信群组覆盖人口占全区总人口比例，本站的发布者修复的', usage).disagreements).toEqual([]);
  });
});
