#!/usr/bin/env python3
"""Reproducible first import of rasad's lexicon from the shared sources.

Writes (into OUT, default ./lexicon-import/ — review, then copy over lexicon/):
  countries.tsv     ISO alpha-3 countries: Arabic names from the gazetteer + hand variants,
                    nisba stems (hand table, else derived), irregular plurals
  places.tsv        GeoNames cities (CC BY 4.0) filtered against common-word collisions
  actors-up.tsv     people from UniversalPetrarch's Arabic actor dictionary (MIT) whose names
                    are attested verbatim in the news corpus
  agents-up.tsv     UniversalPetrarch agent phrases attested verbatim in the corpus
  import/dropped.tsv  everything left out, with the reason

After the import the files under lexicon/ are the source of truth and are edited by hand;
this tool documents (and can reproduce) where they came from. Usage:

  python3 tools/lexicon/import.py [--shared ../shared] [--out lexicon-import]
"""
import argparse, collections, json, os, re, sys, unicodedata

TASHKEEL = re.compile('[\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED\u0640]')

def std(s):
    s = TASHKEEL.sub('', s)
    s = re.sub('[أإآٱ]', 'ا', s)
    return ' '.join(s.split())

def match_norm(s):
    s = std(s)
    return s.replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي')

CONTROLS = re.compile('[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]')

def clean(s):
    """Display form: presentation forms to letters (NFKC), no controls, tashkeel or tatweel;
    hamza spelling kept."""
    s = unicodedata.normalize('NFKC', CONTROLS.sub('', s))
    return ' '.join(TASHKEEL.sub('', s).split())

def variants(k):
    """The keys the loader derives from a single-word common noun or nisba (article toggled,
    nisba inflections), so that the import does not add what the curated files already match."""
    out = {k}
    if ' ' not in k:
        out.add(k[2:] if k.startswith('ال') else 'ال' + k)
        if not k.startswith('ال'):
            out.add(k + 'ا')  # the accusative the loader derives (جندي → جنديا)
    return out

def nisba_forms(k):
    out = set()
    for suf in ['', 'ه', 'ا', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين']:
        w = ' '.join(x + suf if x.endswith('ي') else x for x in k.split())
        out |= {w, ' '.join('ال' + x for x in w.split())}
    return out

def letters(s):
    return len(re.sub(r'[^\u0621-\u064A]', '', s))

# ---------------------------------------------------------------- countries
# Hand-written nisba (masculine singular) and irregular plurals, for the countries that matter in
# Arabic news. Other countries get a derived nisba (see derive_nisba) unless listed in NO_NISBA.
NISBA = {
    'AFG': ('أفغاني', 'أفغان'), 'ALB': ('ألباني', ''), 'DZA': ('جزائري', ''),
    'AGO': ('أنغولي', ''), 'ARG': ('أرجنتيني', ''), 'ARM': ('أرمني|أرميني', 'أرمن'),
    'AUS': ('أسترالي|استرالي', ''), 'AUT': ('نمساوي', ''), 'AZE': ('أذربيجاني|أذري', ''),
    'BHR': ('بحريني', ''), 'BGD': ('بنغلاديشي|بنغالي', ''), 'BLR': ('بيلاروسي', ''),
    'BEL': ('بلجيكي', ''), 'BIH': ('بوسني', ''), 'BRA': ('برازيلي', ''), 'BGR': ('بلغاري', ''),
    'CAN': ('كندي', ''), 'TCD': ('تشادي', ''), 'CHN': ('صيني', ''), 'COL': ('كولومبي', ''),
    'CUB': ('كوبي', ''), 'CYP': ('قبرصي', ''), 'CZE': ('تشيكي', ''), 'DNK': ('دنماركي|دانماركي', ''),
    'DJI': ('جيبوتي', ''), 'EGY': ('مصري', ''), 'ERI': ('إريتري|اريتري', ''), 'ETH': ('إثيوبي|اثيوبي|أثيوبي', ''),
    'FIN': ('فنلندي', ''), 'FRA': ('فرنسي', ''), 'GEO': ('جورجي', ''), 'DEU': ('ألماني', ''),
    'GRC': ('يوناني', ''), 'HUN': ('مجري|هنغاري', ''), 'IND': ('هندي', 'هنود'),
    'IDN': ('إندونيسي', ''), 'IRN': ('إيراني', ''), 'IRQ': ('عراقي', ''), 'IRL': ('إيرلندي|أيرلندي', ''),
    'ISR': ('إسرائيلي', ''), 'ITA': ('إيطالي', ''), 'JPN': ('ياباني', ''), 'JOR': ('أردني', ''),
    'KAZ': ('كازاخستاني|كازاخي', ''), 'KEN': ('كيني', ''), 'KWT': ('كويتي', ''), 'KGZ': ('قرغيزي|قيرغيزي', ''),
    'LBN': ('لبناني', ''), 'LBY': ('ليبي', ''), 'MYS': ('ماليزي', ''), 'MRT': ('موريتاني', ''),
    'MEX': ('مكسيكي', ''), 'MAR': ('مغربي', 'مغاربة'), 'NLD': ('هولندي', ''), 'NZL': ('نيوزيلندي', ''),
    'NGA': ('نيجيري', ''), 'PRK': ('كوري شمالي', ''), 'KOR': ('كوري جنوبي', ''), 'NOR': ('نرويجي', ''),
    'OMN': ('عماني', ''), 'PAK': ('باكستاني', ''), 'PSE': ('فلسطيني', 'فلسطينيو'), 'PHL': ('فلبيني', ''),
    'POL': ('بولندي', ''), 'PRT': ('برتغالي', ''), 'QAT': ('قطري', ''), 'ROU': ('روماني', ''),
    'RUS': ('روسي', 'روس'), 'RWA': ('رواندي', ''), 'SAU': ('سعودي', ''), 'SRB': ('صربي', 'صرب'),
    'SOM': ('صومالي', ''), 'ZAF': ('جنوب أفريقي|جنوب إفريقي', ''), 'ESP': ('إسباني|اسباني', ''),
    'LKA': ('سريلانكي', ''), 'SDN': ('سوداني', ''), 'SSD': ('جنوب سوداني', ''), 'SWE': ('سويدي', ''),
    'CHE': ('سويسري', ''), 'SYR': ('سوري', ''), 'TJK': ('طاجيكي', ''), 'THA': ('تايلندي|تايلاندي', ''),
    'TUN': ('تونسي', ''), 'TUR': ('تركي', 'أتراك'), 'TKM': ('تركمانستاني', ''), 'UGA': ('أوغندي', ''),
    'UKR': ('أوكراني', ''), 'ARE': ('إماراتي', ''), 'GBR': ('بريطاني', 'إنجليز|إنكليز|بريطانيون'),
    'USA': ('أمريكي|أميركي|امريكي|اميركي', 'أمريكان|أميركان'), 'UZB': ('أوزبكي|أوزبكستاني', ''),
    'VEN': ('فنزويلي', ''), 'VNM': ('فيتنامي', ''), 'YEM': ('يمني', ''), 'TLS': ('تيموري', ''),
    'NPL': ('نيبالي', ''), 'MMR': ('ميانماري|بورمي', ''), 'KHM': ('كمبودي', ''), 'CRI': ('كوستاريكي', ''),
    'SEN': ('سنغالي', ''), 'MLI': ('', ''), 'NER': ('نيجري', ''), 'CMR': ('كاميروني', ''),
    'BFA': ('بوركيني', ''), 'CAF': ('', ''), 'COD': ('كونغولي', ''), 'ZWE': ('زيمبابوي', ''),
}
# The gold's stateless/ethnic codes that stand in the country position.
EXTRA_COUNTRIES = [
    ('KUR', 'Kurds', '', 'كردي', 'أكراد|كرد'),
]
# Names and variants missing from the gazetteer columns.
EXTRA_NAMES = {
    'USA': 'أمريكا|أميركا|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية',
    'GBR': 'بريطانيا|إنجلترا|انكلترا|بريطانيا العظمى',
    'RUS': 'روسيا الاتحادية|الاتحاد الروسي', 'SAU': 'السعودية|المملكة العربية السعودية',
    'ARE': 'الإمارات|دولة الإمارات', 'PSE': 'فلسطين|الأراضي الفلسطينية|دولة فلسطين',
    'SYR': 'سوريا|سورية', 'DEU': 'ألمانيا', 'NLD': 'هولندا', 'CZE': 'التشيك|جمهورية التشيك',
    'MMR': 'ميانمار|بورما', 'COD': 'الكونغو الديمقراطية', 'IRN': 'إيران', 'TUR': 'تركيا|تركية',
    'KOR': 'كوريا الجنوبية', 'PRK': 'كوريا الشمالية', 'ETH': 'إثيوبيا|أثيوبيا|اثيوبيا',
    'ESP': 'إسبانيا|اسبانيا', 'AZE': 'أذربيجان|أذربيجان', 'ARM': 'أرمينيا|أرمينية',
    'LBY': 'ليبيا', 'JOR': 'الأردن', 'TLS': 'تيمور الشرقية', 'CHN': 'الصين',
    'IRQ': 'العراق', 'AFG': 'أفغانستان', 'PAK': 'باكستان', 'UKR': 'أوكرانيا', 'GEO': 'جورجيا',
    'VAT': 'الفاتيكان', 'CIV': 'ساحل العاج|كوت ديفوار', 'BIH': 'البوسنة|البوسنة والهرسك',
}
# Capitals (the English GeoNames name of the city) — capitals may stand for their government in
# actor position, which the coder decides (PlaceInfo::capital_of).
CAPITALS = {
    'AFG': 'Kabul', 'ARM': 'Yerevan', 'AZE': 'Baku', 'RUS': 'Moscow', 'TUR': 'Ankara',
    'USA': 'Washington, D.C.', 'FRA': 'Paris', 'GBR': 'London', 'DEU': 'Berlin', 'ITA': 'Rome',
    'ESP': 'Madrid', 'CHN': 'Beijing', 'JPN': 'Tokyo', 'IRN': 'Tehran', 'IRQ': 'Baghdad',
    'SYR': 'Damascus', 'LBN': 'Beirut', 'JOR': 'Amman', 'EGY': 'Cairo',
    'SAU': 'Riyadh', 'YEM': 'Sanaa', 'ARE': 'Abu Dhabi', 'QAT': 'Doha', 'KWT': 'Kuwait City',
    'BHR': 'Manama', 'OMN': 'Muscat', 'LBY': 'Tripoli', 'TUN': 'Tunis', 'DZA': 'Algiers',
    'MAR': 'Rabat', 'SDN': 'Khartoum', 'SOM': 'Mogadishu', 'ETH': 'Addis Ababa', 'KEN': 'Nairobi',
    'PAK': 'Islamabad', 'IND': 'New Delhi', 'UKR': 'Kyiv', 'GEO': 'Tbilisi', 'BEL': 'Brussels',
    'NLD': 'Amsterdam', 'AUT': 'Vienna', 'CHE': 'Bern', 'SWE': 'Stockholm', 'NOR': 'Oslo',
    'DNK': 'Copenhagen', 'POL': 'Warsaw', 'GRC': 'Athens', 'CYP': 'Nicosia', 'KOR': 'Seoul',
    'PRK': 'Pyongyang', 'MRT': 'Nouakchott', 'MLI': 'Bamako', 'NGA': 'Abuja', 'CAN': 'Ottawa',
    'AUS': 'Canberra', 'BRA': 'Brasília', 'VEN': 'Caracas', 'CUB': 'Havana', 'MEX': 'Mexico City',
    'THA': 'Bangkok', 'NPL': 'Kathmandu', 'BGD': 'Dhaka', 'IDN': 'Jakarta', 'MYS': 'Kuala Lumpur',
    'PHL': 'Manila', 'KAZ': 'Astana', 'UZB': 'Tashkent', 'KGZ': 'Bishkek', 'TJK': 'Dushanbe',
    'TKM': 'Ashgabat', 'SSD': 'Juba', 'ERI': 'Asmara', 'DJI': 'Djibouti', 'TCD': "N'Djamena",
    'NER': 'Niamey', 'SEN': 'Dakar', 'UGA': 'Kampala', 'SRB': 'Belgrade', 'HUN': 'Budapest',
    'ROU': 'Bucharest', 'BGR': 'Sofia', 'BLR': 'Minsk', 'PRT': 'Lisbon', 'IRL': 'Dublin',
    'FIN': 'Helsinki', 'CZE': 'Prague', 'VNM': 'Hanoi', 'MMR': 'Nay Pyi Taw', 'LKA': 'Colombo',
}

def derive_nisba(name):
    """Regular nisba from a one-word name: فرنسا → فرنسي, السودان → سوداني, السعودية → سعودي."""
    if ' ' in name:
        return ''
    n = name[2:] if name.startswith('ال') else name
    if n.endswith('ستان'):
        return n + 'ي'
    if n.endswith('يا') or n.endswith('ية'):
        return n[:-1] if n.endswith('يا') and letters(n) > 4 else n[:-2] + 'ي'
    if n.endswith('ا'):
        return n[:-1] + 'ي'
    if n.endswith('ي'):
        return ''  # would equal the name (مالي, جيبوتي): written by hand when sound
    return n + 'ي'

def is_clean_name(s):
    return s and not re.search(r'[،,()\-–/]', s) and letters(s) >= 3

def import_countries(shared, dropped, taken):
    rows = []
    path = os.path.join(shared, 'data/gazetteers/countries_ar.tsv')
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        raw = [l.rstrip('\n').split('\t') for l in f if l.strip()]
    owners = collections.defaultdict(set)
    cand = {}
    for r in raw:
        code = r[1]
        names = []
        for cell in r[3:] + EXTRA_NAMES.get(code, '').split('|'):
            cell = clean(cell)
            if not cell:
                continue
            if not is_clean_name(cell):
                dropped.append(('countries_ar.tsv', cell, code, 'inverted/bracketed/short name form'))
                continue
            if cell not in names:
                names.append(cell)
        cand[code] = (r[2], names)
        for n in names:
            owners[match_norm(n)].add(code)
    for code, (en, names) in cand.items():
        keep, seen = [], set()
        for n in names:
            k = match_norm(n)
            if len(owners[k]) > 1:
                dropped.append(('countries_ar.tsv', n, code, 'ambiguous: also names ' + ','.join(sorted(owners[k] - {code}))))
                continue
            if k in seen:
                continue
            seen.add(k)
            keep.append(n)
        if code in NISBA:
            nisba, plural = NISBA[code]
        else:
            short = min(keep, key=len) if keep else ''
            nisba, plural = derive_nisba(short), ''
        rows.append((code, en, keep, nisba, plural))
    for code, en, names, nisba, plural in EXTRA_COUNTRIES:
        rows.append((code, en, [n for n in names.split('|') if n], nisba, plural))
    # A nisba form must not collide with another country's name or nisba.
    seen_nisba = {}
    out = []
    for code, en, names, nisba, plural in sorted(rows):
        ns = []
        for n in [x for x in nisba.split('|') if x]:
            k = match_norm(n)
            if any(match_norm(x) == k for x in ns):
                continue  # a spelling the normalizer already folds (أمريكي/امريكي)
            if k in seen_nisba and seen_nisba[k] != code:
                dropped.append(('derived nisba', n, code, 'collides with ' + seen_nisba[k]))
                continue
            seen_nisba[k] = code
            ns.append(n)
        for n in names:
            taken[match_norm(n)] = 'country ' + code
        for n in ns:
            for f in nisba_forms(match_norm(n)):
                taken[f] = 'nisba ' + code
        for n in (plural.split('|') if plural else []):
            for f in variants(match_norm(n)):
                taken[f] = 'plural ' + code
        out.append((code, en, '|'.join(names) or '-', '|'.join(ns) or '-', plural or '-'))
    return out

# ---------------------------------------------------------------- places
ARAB_REGION = set('DZA BHR EGY IRQ JOR KWT LBN LBY MAR OMN PSE QAT SAU SDN SYR TUN ARE YEM ISR IRN TUR AFG PAK SOM ARM AZE MRT DJI'.split())

# Reviewed by hand among the city names that are frequent words in the news corpus: these are
# mostly used in their common sense (المدينة 'the city', الثورة 'the revolution', جمال a first name).
COMMON_WORDS = set(match_norm(w) for w in '''المدينة مدينة مدينه الجديدة الجديد الثورة الخميس الحي القائم جمال الساحل
بشار فلاديمير طراز دولة دوله الصور صور الأبيض الابيض البيضاء لاول هوئه بانه الوحدة النصر السلام الحرية العاصمة
الرئيس المنصورة الشرق الغرب الشمال الجنوب العين عين الزرقاء الأمل الرمادي الحمراء السلطان المحمدية آلاشهر
الجزيرة الام عالية اشرف ثورة معسكر ماري الباب الخمس حصار الخبر سالم السلمية سلمية ميدان البيض العبور مفرق رياض
الصف الشهداء امان المنشاة ليون سعيدة بحركة سلوى بركان الطبقة كارولينا بحري الجميل نايف بسيط ديانا الفحم رشيد
مساكن صفوى العيون عقبه عقبة القصير'''.split())

def import_places(shared, dropped, taken, iso2to3, common, frequent):
    path = os.path.join(shared, 'data/gazetteers/geonames_cities15000_arabic_script.tsv')
    best = {}
    with open(path, encoding='utf-8') as f:
        f.readline()
        for l in f:
            gid, en, cc, adm, pop, lat, lon, names, _other = (l.rstrip('\n').split('\t') + [''] * 9)[:9]
            c3 = iso2to3.get(cc)
            if not c3:
                continue
            pop = int(pop or 0)
            capital = CAPITALS.get(c3) == en
            if not (capital or pop >= 150000 or (c3 in ARAB_REGION and pop >= 40000)):
                continue
            for n in names.split('|'):
                n = clean(n)
                if not n:
                    continue
                k = match_norm(n)
                why = None
                if letters(n) < 4 and not capital:
                    why = 'short name (< 4 letters), likely a common word'
                elif k in taken:
                    why = 'collides with ' + taken[k]
                elif k in COMMON_WORDS:
                    why = 'reviewed: a common word or first name in news text'
                elif k in common and not capital:
                    frequent.append((n, en, c3))
                if why:
                    dropped.append(('geonames', n, f'{gid} {en} {c3}', why))
                    continue
                prev = best.get(k)
                if prev and prev[0] >= (capital, pop):
                    dropped.append(('geonames', n, f'{gid} {en} {c3}', f'ambiguous: kept {prev[2]} ({prev[3]})'))
                    continue
                if prev:
                    dropped.append(('geonames', n, f'{prev[4]} {prev[2]} {prev[3]}', f'ambiguous: kept {en} ({c3})'))
                best[k] = ((capital, pop), n, en, c3, gid, lat, lon)
    by_id = collections.OrderedDict()
    for k, (rank, n, en, c3, gid, lat, lon) in sorted(best.items(), key=lambda kv: (-kv[1][0][1], kv[0])):
        e = by_id.setdefault(gid, [gid, en, c3, lat, lon, rank[0], []])
        if all(match_norm(x) != k for x in e[6]):
            e[6].append(n)
    rows = []
    for gid, en, c3, lat, lon, cap, names in sorted(by_id.values(), key=lambda e: (e[2], e[1])):
        rows.append(('geonames:' + gid, en, c3, lat, lon, c3 if cap else '-', '|'.join(names)))
    return rows

# ---------------------------------------------------------------- corpus attestation
def corpus_ngrams(shared, first_words, maxn=5):
    grams, freq = set(), collections.Counter()
    path = os.path.join(shared, 'data/corpus/ant_news_politics.jsonl')
    with open(path, encoding='utf-8') as f:
        for l in f:
            d = json.loads(l)
            toks = re.findall(r'[\u0621-\u064A\u0670\u064B-\u065F\u0640]+', d.get('title', '') + ' ' + d.get('text', ''))
            toks = [match_norm(t) for t in toks]
            freq.update(toks)
            for i, t in enumerate(toks):
                if t in first_words:
                    for n in range(1, maxn + 1):
                        grams.add(' '.join(toks[i:i + n]))
    return grams, freq

# ---------------------------------------------------------------- UniversalPetrarch
CODE_RE = re.compile(r'\[\s*([A-Z~?]+)\s*([^\]]*)\]')

# First words that make a UP "person" entry an organisation or title (lemma forms).
ORG_HEADS = set(match_norm(w) for w in '''محكمة حركة مجلس حزب جبهة وزارة شركة جامعة منظمة قوة قوات جيش اتحاد هيئة لجنة
رئيس وزير أمين سفير مدير قائد زعيم نائب مكتب بنك وكالة صحيفة جريدة قناة ديوان شرطة جماعة تنظيم كتائب لواء
سرايا مركز معهد دولة جمهورية مملكة إمارة ولاية محافظة مدينة جزيرة بحر نهر شيخ ملك أمير
مسؤول بيت سجن لو تاجر جهاز شرق فلسطيني مدعي خليج وسيلة مواطن محافظ عاصمة معبر'''.split())

def parse_up_actors(path):
    entries, cur = [], None
    with open(path, encoding='utf-8', errors='replace') as f:
        for lineno, l in enumerate(f, 1):
            if not l.strip() or l.lstrip().startswith('#'):
                continue
            if l[0] in ' \t' and l.strip().startswith('['):
                if cur:
                    cur['codes'] += CODE_RE.findall(l)
                continue
            name = l.strip().split('[')[0].strip()
            cur = {'line': lineno, 'name': name, 'codes': CODE_RE.findall(l)}
            entries.append(cur)
    return entries

def up_date(s):
    s = s.strip()
    return f'{s[:4]}-{s[4:6]}-{s[6:8]}' if re.fullmatch(r'\d{8}', s) else None

def split_code(code, valid_countries, valid_sectors):
    c = code.lstrip('~').rstrip('?')
    country = c[:3] if c[:3] in valid_countries else None
    rest = c[3:] if country else c
    sector = rest[:3] if rest[:3] in valid_sectors else None
    return country, sector

def import_up(shared, dropped, grams, valid_countries, valid_sectors, taken):
    base = os.path.join(shared, 'data/lexicon-sources/universalpetrarch-arabic')
    people, agents = [], []
    seen = set()
    for e in parse_up_actors(os.path.join(base, 'actor_dict_ar_v4.txt')):
        name = clean(e['name'].replace('_', ' ')).strip()
        src = f"actor_dict_ar_v4.txt:{e['line']}"
        k = match_norm(name)
        if not e['codes']:
            dropped.append((src, name, '-', 'no code')); continue
        roles, prev = [], None
        for code, dates in e['codes']:
            country, sector = split_code(code, valid_countries, valid_sectors)
            if country is None and sector is None:
                dropped.append((src, name, code, 'unknown code')); roles = None; break
            dates = dates.strip()
            rng = ''
            m = re.fullmatch(r'(\d{8})\s*-\s*(\d{8})', dates)
            if m:
                a, b = up_date(m[1]), up_date(m[2])
                if a < b:
                    rng = f'@{a}..{b}'
                elif a > b:
                    rng = f'@{a}..'  # inverted: UP's sentinel for an open end
                # equal dates are UP's placeholder for "unknown": undated
            elif re.fullmatch(r'>\s*\d{8}', dates):
                a = up_date(dates[1:])
                rng = '' if a >= '2100' else f'@{a}..'
            elif re.fullmatch(r'<\s*\d{8}', dates):
                rng = f'@..{up_date(dates[1:])}'
            elif dates:
                dropped.append((src, name, code + ' ' + dates, 'malformed date range')); roles = None; break
            roles.append(f"{country or '-'}/{sector or '-'}{rng}")
        if roles is None:
            continue
        words = k.split()
        if k in taken:
            dropped.append((src, name, ';'.join(roles), 'duplicates ' + taken[k])); continue
        if len(words) < 2 and not any('@' in r for r in roles):
            dropped.append((src, name, ';'.join(roles), 'single lemma: noun or name too ambiguous to import')); continue
        if k not in grams:
            dropped.append((src, name, ';'.join(roles), 'lemma form not attested verbatim in the news corpus (agreement/article lost)')); continue
        if k in seen:
            dropped.append((src, name, ';'.join(roles), 'duplicate entry')); continue
        if words[0] in ORG_HEADS:
            dropped.append((src, name, ';'.join(roles), 'organisation lemma, not a person: curated by hand in actors.tsv')); continue
        if len(words) >= 2 and all(any('@' in r for r in roles) for _ in [0]):
            seen.add(k)
            people.append((name, roles, src))
        else:
            dropped.append((src, name, ';'.join(roles), 'undated multi-word lemma: reviewed by hand instead'))
    for lineno, l in enumerate(open(os.path.join(base, 'agents.all.ar_v3.txt'), encoding='utf-8', errors='replace'), 1):
        m = re.match(r'^([^\s\[#]+)\s*\[~([A-Z]+)\]', l.strip())
        if not m:
            continue
        name = clean(m[1].replace('_', ' '))
        src = f'agents.all.ar_v3.txt:{lineno}'
        _c, sector = split_code(m[2], set(), valid_sectors)
        k = match_norm(name)
        if sector is None:
            dropped.append((src, name, m[2], 'sector not a CAMEO sector rasad uses')); continue
        if k in taken:
            dropped.append((src, name, sector, 'duplicates ' + taken[k])); continue
        if letters(name) < 4:
            dropped.append((src, name, sector, 'too short')); continue
        if k in REVIEW_DROP:
            dropped.append((src, name, sector, 'reviewed: not an actor word, another common sense, or wrong sector')); continue
        if k not in grams:
            dropped.append((src, name, sector, 'lemma form not attested verbatim in the news corpus')); continue
        for v in variants(k):
            taken[v] = 'agent (UP)'
        agents.append((name, sector, src))
    return people, agents

# Reviewed by hand: UP agent lemmas that are not actor words here (مسلح is mostly the adjective
# 'armed' — هجوم مسلح —, طالب mostly the verb 'demanded'; their plurals are curated) (objects, weapons, abstract
# nouns, common words with another sense) or whose sector is wrong for CAMEO/the gold.
REVIEW_DROP = set(match_norm(w) for w in ['مسلح', 'طالب'] + ['مزرعة', 'حصاد', 'زراعة', 'مربع', 'طيران', 'هوائي', 'زراعي', 'تكتل', 'تجمع', 'تجمهر', 'حاوية', 'مصدر', 'صناعة', 'المالك', 'بايع', 'داعية', 'منتج', 'صهريج', 'نادل', 'نادر', 'تبني', 'طائرة', 'رياضي', 'رحال', 'مستعمر', 'مجتمع', 'اصلي', 'رعاع', 'عالم', 'مستوطنة', 'ألفقير', 'سياحي', 'ضحية', 'قرية', 'ضيعة', 'علامة', 'دستوري', 'مجالس', 'غرفة', 'مندوب', 'مفوض', 'موفد', 'معلن', 'ممثل', 'ولاية', 'اتصال', 'موقع', 'منشور', 'حملة', 'معتقل', 'منفى', 'جبان', 'الغانم', 'معتد', 'انتفاضة', 'مومن', 'متسول', 'ديانة', 'عميلة', 'اباتشي', 'ثكنات', 'كتئبة', 'ماشي', 'فريق', 'رائد', 'مقدم', 'خدمة', 'ميراج', 'بارجة', 'احتياطي', 'مدفعية', 'قافلة', 'إدارة', 'سيادة', 'دولة', 'مملكة', 'نظام', 'منظم', 'لجنة', 'وكالة', 'المطافي', 'المستبد'] + ['ناقلة نفط', 'مؤتمر علمي', 'نقل ملكية', 'رئيس اتحاد', 'سفينة تجسس', 'مسلح مجهول', 'قائد كتئبة', 'يوروفايتر تايفون', 'إف أي', 'رشاش ثقيل', 'إس يو', 'سوبر هورنيت', 'صاروخ توماهوك', 'صاروخ سكود', 'طائرة ميغ', 'طائرة تجسس', 'درون من دون طيار', 'طائرة من دون طيار', 'تواجد عسكري', 'أسير حرب', 'قوة آمن', 'مستشفى حكومي', 'إدارة الارصاد', 'رجل إطفاء', 'قسم زراعة', 'مدعي عام', 'حزب حاكم', 'ائتلاف حاكم', 'مجلس أمن', 'إعلام حكومي', 'وفد تجاري', 'سفير في', 'سفارة في', 'رئيس وزير'])

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--out', default='lexicon-import')
    ap.add_argument('--hand', default='lexicon', help='curated files whose names the import must not duplicate')
    a = ap.parse_args()
    os.makedirs(os.path.join(a.out, 'import'), exist_ok=True)
    dropped, taken = [], {}
    # Names already curated by hand win over imported ones.
    for fn in ('agents.tsv', 'actors.tsv', 'people.tsv', 'places-regions.tsv'):
        p = os.path.join(a.hand, fn)
        if os.path.exists(p):
            for l in open(p, encoding='utf-8'):
                if l.startswith('#') or not l.strip() or l.startswith('id\t'):
                    continue
                for n in l.rstrip('\n').split('\t')[-1].split('|'):
                    for v in variants(match_norm(n)):
                        taken[v] = fn
    countries = import_countries(a.shared, dropped, taken)
    iso2to3 = {}
    with open(os.path.join(a.shared, 'data/gazetteers/countries_ar.tsv'), encoding='utf-8') as f:
        f.readline()
        for l in f:
            r = l.split('\t'); iso2to3[r[0]] = r[1]
    valid_countries = set(iso2to3.values()) | set('IGO INT IMG NGO MNC UIS KUR'.split())
    valid_sectors = set('GOV MIL COP JUD LEG SPY REB UAF OPP PTY INS SEP CVL EDU MED REL REF BUS LAB AGR HLH HRI CRM ELI MOD RAD DEV ENV NGO IGO UNK'.split())
    up_names = set()
    for e in parse_up_actors(os.path.join(a.shared, 'data/lexicon-sources/universalpetrarch-arabic/actor_dict_ar_v4.txt')):
        up_names.add(match_norm(e['name'].replace('_', ' ')).split(' ')[0] if e['name'] else '')
    for l in open(os.path.join(a.shared, 'data/lexicon-sources/universalpetrarch-arabic/agents.all.ar_v3.txt'), encoding='utf-8', errors='replace'):
        up_names.add(match_norm(l.split('[')[0].replace('_', ' ').strip()).split(' ')[0])
    grams, freq = corpus_ngrams(a.shared, up_names)
    common = {w for w, _ in freq.most_common(3000)}
    frequent = []
    places = import_places(a.shared, dropped, taken, iso2to3, common, frequent)
    print('kept city names that are frequent corpus words (review):', ' '.join(f'{n}({c})' for n, _, c in frequent), file=sys.stderr)
    for r in places:
        for n in r[-1].split('|'):
            taken.setdefault(match_norm(n), 'place ' + r[0])
    people, agents = import_up(a.shared, dropped, grams, valid_countries, valid_sectors, taken)

    hdr = '# generated by tools/lexicon/import.py, then curated by hand: this file is the source of truth.\n'
    with open(os.path.join(a.out, 'countries.tsv'), 'w', encoding='utf-8') as f:
        f.write(hdr + '# sources: shared/data/gazetteers/countries_ar.tsv (CLDR 48, i18n-iso-countries, world-countries, pycountry) + hand variants\n')
        f.write('code\tname\tnames\tnisba\tplural\n')
        for r in countries:
            f.write('\t'.join(r) + '\n')
    with open(os.path.join(a.out, 'places.tsv'), 'w', encoding='utf-8') as f:
        f.write(hdr + '# source: GeoNames cities15000 (CC BY 4.0, https://www.geonames.org/), Arabic names\n')
        f.write('id\tname\tcountry\tlat\tlon\tcapital\tnames\n')
        for r in places:
            f.write('\t'.join(map(str, r)) + '\n')
    with open(os.path.join(a.out, 'actors-up.tsv'), 'w', encoding='utf-8') as f:
        f.write(hdr + '# source: UniversalPetrarch Arabic actor dictionary (MIT, openeventdata/UniversalPetrarch)\n')
        f.write('id\tname\ttype\tcodes\tnames\n')
        for i, (name, roles, src) in enumerate(people, 1):
            f.write(f'up:{i}\t{name}\tperson\t{";".join(roles)}\t{name}\n')
    with open(os.path.join(a.out, 'agents-up.tsv'), 'w', encoding='utf-8') as f:
        f.write(hdr + '# source: UniversalPetrarch Arabic agents (MIT, openeventdata/UniversalPetrarch)\n')
        f.write('id\tsector\tkind\tnames\n')
        for i, (name, sector, src) in enumerate(agents, 1):
            f.write(f'up:{name.replace(" ", "-")}\t{sector}\tagent\t{name}\n')
    with open(os.path.join(a.out, 'import', 'dropped.tsv'), 'w', encoding='utf-8') as f:
        f.write('# entries left out by tools/lexicon/import.py, with the reason\nsource\tentry\tcode\treason\n')
        for r in dropped:
            f.write('\t'.join(map(str, r)) + '\n')
    print(f'countries {len(countries)} places {len(places)} people(UP) {len(people)} agents(UP) {len(agents)} dropped {len(dropped)}', file=sys.stderr)
    c = collections.Counter(re.sub(r'(collides with|duplicates|ambiguous).*', r'\1 …', r[3]) for r in dropped)
    for k, v in c.most_common():
        print(f'  dropped {v:5}  {k}', file=sys.stderr)

if __name__ == '__main__':
    main()
