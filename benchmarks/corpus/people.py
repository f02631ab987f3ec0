"""Fictional people for the corpus, drawn by a seeded random generator (reproducible).

Every person is invented: given and family names are drawn separately from per-culture pools, so
no printed name belongs to a real person on purpose. Institutions, employers and venues are real.
A person is a plain dict; the renderers (render_*.py) print it, and label.py turns what a
template printed into the gold label (../../../shared/resumes/SCHEMA.md).
"""

import random

# ---------------------------------------------------------------- names
# (given names, family names); Chinese given/family names carry their characters.
ZH_FAMILY = [("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
             ("Zhao", "赵"), ("Huang", "黄"), ("Zhou", "周"), ("Wu", "吴"), ("Xu", "徐"), ("Sun", "孙"),
             ("Hu", "胡"), ("Zhu", "朱"), ("Gao", "高"), ("Lin", "林"), ("He", "何"), ("Guo", "郭"),
             ("Ma", "马"), ("Luo", "罗"), ("Song", "宋"), ("Tang", "唐"), ("Feng", "冯"), ("Deng", "邓")]
ZH_GIVEN = [("Haoran", "浩然"), ("Yuxuan", "宇轩"), ("Zihan", "子涵"), ("Jiayi", "佳怡"), ("Mingyu", "明宇"),
            ("Xinyi", "欣怡"), ("Ruoxi", "若曦"), ("Tianyu", "天宇"), ("Yichen", "一辰"), ("Shuhan", "书涵"),
            ("Zhiyuan", "致远"), ("Wenjie", "文杰"), ("Siyu", "思雨"), ("Junhao", "俊豪"), ("Qingyang", "清扬"),
            ("Yutong", "雨桐"), ("Boyang", "博洋"), ("Xiaowen", "晓雯"), ("Jingrui", "景睿"), ("Shiqi", "诗琪"),
            ("Chenxi", "晨曦"), ("Hanwen", "瀚文"), ("Lingfeng", "凌峰")]
CULTURES = {
    "indian": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Meera", "Siddharth", "Nisha",
                "Karthik", "Divya", "Aditya", "Shreya", "Rahul", "Pooja", "Varun", "Ishita", "Nikhil", "Tanvi"],
               ["Sharma", "Iyer", "Reddy", "Patel", "Gupta", "Menon", "Banerjee", "Kulkarni", "Rao",
                "Chatterjee", "Joshi", "Deshpande", "Pillai", "Mehta", "Agarwal", "Bhatt", "Krishnan", "Sundaram"]),
    "german": (["Lukas", "Hannah", "Felix", "Lena", "Jonas", "Marie", "Tobias", "Katharina", "Maximilian", "Sophie",
                "Florian", "Johanna", "Niklas", "Theresa"],
               ["Becker", "Schäfer", "Hoffmann", "Wagner", "Krüger", "Neumann", "Schwarz", "Zimmermann",
                "Hartmann", "Lehmann", "Vogel", "Brandt", "Kessler", "Engel"]),
    "french": (["Camille", "Julien", "Élodie", "Mathieu", "Chloé", "Antoine", "Manon", "Guillaume", "Léa",
                "Théo", "Margaux", "Baptiste"],
               ["Laurent", "Moreau", "Fournier", "Girard", "Bonnet", "Dupuis", "Lefèvre", "Mercier", "Rousseau",
                "Faure", "Chevalier", "Garnier"]),
    "spanish": (["Alejandro", "Lucía", "Javier", "Carmen", "Diego", "Marta", "Pablo", "Elena", "Sergio", "Paula"],
                ["Navarro", "Ortega", "Romero", "Castillo", "Herrera", "Molina", "Delgado", "Vázquez", "Iglesias",
                 "Serrano"]),
    "italian": (["Giulia", "Matteo", "Francesca", "Lorenzo", "Chiara", "Davide", "Alessia", "Riccardo"],
                ["Bianchi", "Ricci", "Colombo", "Marino", "Greco", "Bruno", "Galli", "Conti"]),
    "nordic": (["Erik", "Ingrid", "Magnus", "Astrid", "Henrik", "Sigrid", "Oskar", "Freya"],
               ["Lindqvist", "Halvorsen", "Nyberg", "Sundberg", "Eriksen", "Holm", "Berglund", "Dahl"]),
    "american": (["Emily", "Jacob", "Olivia", "Ethan", "Madison", "Tyler", "Hannah", "Brandon", "Abigail", "Connor",
                  "Natalie", "Dylan", "Samantha", "Austin"],
                 ["Carter", "Miller", "Brooks", "Parker", "Hayes", "Jenkins", "Sullivan", "Coleman", "Foster",
                  "Bennett", "Russell", "Griffin", "Hughes", "Porter"]),
    "korean": (["Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-hyun", "Yeon-woo", "Seung-ho", "Ji-woo",
                "Hyun-soo", "Soo-ah"],
               ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"]),
    "arabic": (["Omar", "Layla", "Youssef", "Fatima", "Karim", "Noor", "Hassan", "Amira", "Tariq", "Rania"],
               ["Haddad", "Nasser", "Khalil", "Al-Mansouri", "Saleh", "Hamdan", "Darwish", "Mansour", "Aziz",
                "Rahman"]),
    "japanese": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Kaito", "Sakura"],
                 ["Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Matsumoto"]),
    "vietnamese": (["Minh", "Linh", "Quang", "Thao", "Duc", "Huong"],
                   ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang"]),
    "african": (["Chinedu", "Amara", "Kwame", "Zainab", "Tendai", "Adaeze"],
                ["Okafor", "Boateng", "Adeyemi", "Mwangi", "Owusu", "Nwosu"]),
    "brazilian": (["Rafael", "Beatriz", "Gabriel", "Larissa", "Thiago", "Fernanda"],
                  ["Carvalho", "Ribeiro", "Almeida", "Barbosa", "Rocha", "Teixeira"]),
}

# ---------------------------------------------------------------- institutions
# (English name, Chinese name or None, country)
UNIVERSITIES = [
    ("Tsinghua University", "清华大学", "CN"), ("Peking University", "北京大学", "CN"),
    ("Zhejiang University", "浙江大学", "CN"), ("Shanghai Jiao Tong University", "上海交通大学", "CN"),
    ("Fudan University", "复旦大学", "CN"), ("Nanjing University", "南京大学", "CN"),
    ("University of Science and Technology of China", "中国科学技术大学", "CN"),
    ("Harbin Institute of Technology", "哈尔滨工业大学", "CN"), ("Wuhan University", "武汉大学", "CN"),
    ("Sun Yat-sen University", "中山大学", "CN"), ("Beihang University", "北京航空航天大学", "CN"),
    ("Xi'an Jiaotong University", "西安交通大学", "CN"),
    ("Indian Institute of Technology Bombay", None, "IN"), ("Indian Institute of Technology Delhi", None, "IN"),
    ("Indian Institute of Science", None, "IN"), ("BITS Pilani", None, "IN"),
    ("International Institute of Information Technology, Hyderabad", None, "IN"),
    ("Stanford University", None, "US"), ("Massachusetts Institute of Technology", None, "US"),
    ("Carnegie Mellon University", None, "US"), ("University of California, Berkeley", None, "US"),
    ("University of Michigan", None, "US"), ("Georgia Institute of Technology", None, "US"),
    ("University of Illinois Urbana-Champaign", None, "US"), ("Cornell University", None, "US"),
    ("University of Washington", None, "US"), ("Columbia University", None, "US"),
    ("University of Toronto", None, "CA"), ("University of British Columbia", None, "CA"),
    ("ETH Zurich", None, "CH"), ("EPFL", None, "CH"), ("Technical University of Munich", None, "DE"),
    ("RWTH Aachen University", None, "DE"), ("University of Oxford", None, "UK"),
    ("University of Cambridge", None, "UK"), ("Imperial College London", None, "UK"),
    ("University of Edinburgh", None, "UK"), ("Sorbonne Université", None, "FR"),
    ("École Polytechnique", None, "FR"), ("Universitat Politècnica de Catalunya", None, "ES"),
    ("Universidad Politécnica de Madrid", None, "ES"), ("Politecnico di Milano", None, "IT"),
    ("KTH Royal Institute of Technology", None, "SE"), ("Delft University of Technology", None, "NL"),
    ("KAIST", None, "KR"), ("Seoul National University", None, "KR"), ("University of Tokyo", None, "JP"),
    ("National University of Singapore", None, "SG"), ("Nanyang Technological University", None, "SG"),
    ("King Abdullah University of Science and Technology", None, "SA"), ("American University of Beirut", None, "LB"),
    ("University of Melbourne", None, "AU"), ("Universidade de São Paulo", None, "BR"),
]

# (English name, Chinese name or None)
EMPLOYERS = [
    ("Google", None), ("Google DeepMind", None), ("Microsoft Research Asia", "微软亚洲研究院"), ("Microsoft", None),
    ("Meta AI", None), ("NVIDIA", None), ("Amazon Web Services", None), ("Apple", None), ("Adobe Research", None),
    ("Huawei Technologies Co., Ltd.", "华为技术有限公司"), ("Tencent", "腾讯"), ("Alibaba Group", "阿里巴巴集团"),
    ("ByteDance", "字节跳动"), ("Baidu Research", "百度研究院"), ("SenseTime", "商汤科技"),
    ("Megvii Technology", "旷视科技"), ("JD.com", "京东"), ("Meituan", "美团"),
    ("Samsung Research", None), ("NAVER Clova", None), ("LG AI Research", None), ("Sony AI", None),
    ("Siemens AG", None), ("Bosch Center for Artificial Intelligence", None), ("SAP SE", None),
    ("Criteo AI Lab", None), ("Ubisoft La Forge", None), ("Telefónica Research", None), ("Spotify", None),
    ("Infosys", None), ("Tata Consultancy Services", None), ("Flipkart", None), ("Qualcomm", None),
    ("Intel Labs", None), ("IBM Research", None), ("Uber ATG", None), ("Waymo", None), ("Snap Inc.", None),
]
TITLES_INTERN = ["Research Intern", "Software Engineering Intern", "Machine Learning Intern", "Applied Scientist Intern",
                 "Algorithm Engineer Intern", "Computer Vision Intern", "Data Science Intern"]
TITLES_JOB = ["Software Engineer", "Machine Learning Engineer", "Research Scientist", "Senior Software Engineer",
              "Data Scientist", "Algorithm Engineer", "Applied Scientist", "Computer Vision Engineer"]
TITLES_ACADEMIC = ["Research Assistant", "Teaching Assistant", "Graduate Research Assistant", "Postdoctoral Researcher",
                   "Undergraduate Researcher"]
TITLE_ZH = {"Research Intern": "研究实习生", "Algorithm Engineer Intern": "算法工程师实习生",
            "Software Engineer": "软件工程师", "Algorithm Engineer": "算法工程师", "Research Assistant": "研究助理",
            "Teaching Assistant": "助教", "Machine Learning Engineer": "机器学习工程师",
            "Computer Vision Intern": "计算机视觉实习生", "Research Scientist": "研究员"}
LABS = ["Vision and Learning Lab", "Robotics Institute", "Language Technologies Group", "Media Computing Lab",
        "Intelligent Systems Lab", "Signal Processing Group"]

FIELDS = ["Computer Science", "Electrical Engineering", "Computer Science and Technology", "Artificial Intelligence",
          "Electronic Engineering", "Information Engineering", "Data Science", "Applied Mathematics",
          "Robotics", "Statistics", "Software Engineering", "Computer Engineering"]
FIELD_ZH = {"Computer Science and Technology": "计算机科学与技术", "Electronic Engineering": "电子工程",
            "Information Engineering": "信息工程", "Software Engineering": "软件工程",
            "Artificial Intelligence": "人工智能", "Applied Mathematics": "应用数学",
            "Computer Science": "计算机科学", "Electrical Engineering": "电气工程", "Data Science": "数据科学",
            "Robotics": "机器人工程", "Statistics": "统计学", "Computer Engineering": "计算机工程"}
# level -> degrees as printed (English, German, French, Spanish, Chinese)
DEGREES = {
    "bachelor": {"en": ["B.S.", "B.Eng.", "Bachelor of Science", "Bachelor of Engineering", "B.Tech.", "BSc"],
                 "de": ["Bachelor of Science", "B.Sc."], "fr": ["Licence", "Bachelor of Science"],
                 "es": ["Grado en Ingeniería", "Bachelor of Science"], "zh": ["学士", "工学学士"]},
    "master": {"en": ["M.S.", "M.Sc.", "Master of Science", "M.Eng.", "MSc", "M.Tech."],
               "de": ["Master of Science", "M.Sc.", "Diplom-Ingenieur"], "fr": ["Master", "Diplôme d'ingénieur"],
               "es": ["Máster Universitario", "Master of Science"], "zh": ["硕士", "工学硕士"]},
    "phd": {"en": ["Ph.D.", "PhD", "Doctor of Philosophy"], "de": ["Dr.-Ing.", "Ph.D."],
            "fr": ["Doctorat", "Ph.D."], "es": ["Doctorado", "Ph.D."], "zh": ["博士", "工学博士"]},
}

# ---------------------------------------------------------------- venues
# (short name used in labels, full name, kind) — kind: conf, journal
VENUES = [
    ("CVPR", "IEEE/CVF Conference on Computer Vision and Pattern Recognition", "conf"),
    ("ICCV", "IEEE/CVF International Conference on Computer Vision", "conf"),
    ("ECCV", "European Conference on Computer Vision", "conf"),
    ("NeurIPS", "Advances in Neural Information Processing Systems", "conf"),
    ("ICML", "International Conference on Machine Learning", "conf"),
    ("ICLR", "International Conference on Learning Representations", "conf"),
    ("AAAI", "AAAI Conference on Artificial Intelligence", "conf"),
    ("IJCAI", "International Joint Conference on Artificial Intelligence", "conf"),
    ("ACL", "Annual Meeting of the Association for Computational Linguistics", "conf"),
    ("EMNLP", "Conference on Empirical Methods in Natural Language Processing", "conf"),
    ("ICIP", "IEEE International Conference on Image Processing", "conf"),
    ("ICASSP", "IEEE International Conference on Acoustics, Speech and Signal Processing", "conf"),
    ("TPAMI", "IEEE Transactions on Pattern Analysis and Machine Intelligence", "journal"),
    ("IJCV", "International Journal of Computer Vision", "journal"),
    ("TIP", "IEEE Transactions on Image Processing", "journal"),
    ("Pattern Recognition", "Pattern Recognition", "journal"),
    ("Neurocomputing", "Neurocomputing", "journal"),
]
WORKSHOP_HOSTS = ["CVPR", "ICCV", "ECCV", "NeurIPS"]

T_ADJ = ["Robust", "Efficient", "Scalable", "Self-Supervised", "Few-Shot", "Unsupervised", "Lightweight", "Adaptive",
         "Hierarchical", "Contrastive", "Sparse", "Multi-Scale", "Uncertainty-Aware", "Cross-Modal", "Continual"]
T_METHOD = ["Representation Learning", "Token Pruning", "Feature Alignment", "Knowledge Distillation",
            "Graph Reasoning", "Prompt Tuning", "Domain Adaptation", "Neural Architecture Search", "Diffusion Models",
            "Attention Mechanisms", "Label Propagation", "Test-Time Training", "Mixture of Experts"]
T_TASK = ["Semantic Segmentation", "Video Object Detection", "Person Re-Identification", "3D Point Cloud Completion",
          "Image Super-Resolution", "Speech Enhancement", "Open-Vocabulary Recognition", "Document Understanding",
          "Machine Translation", "Monocular Depth Estimation", "Medical Image Registration", "Text-to-Image Retrieval",
          "Multi-Object Tracking", "Question Answering", "Visual Place Recognition"]
T_PATTERNS = ["{adj} {method} for {task}", "Towards {adj} {task} via {method}", "Rethinking {method} in {task}",
              "{method} Meets {task}: A {adj} Approach", "Learning {adj} {method} for {task}",
              "On the Limits of {method} for {task}", "{adj} {task} with {method}"]

SKILL_POOL = {
    "Languages": ["Python", "C++", "Java", "Go", "Rust", "MATLAB", "JavaScript", "TypeScript", "Scala", "Julia", "SQL",
                  "Kotlin", "Bash"],
    "Frameworks": ["PyTorch", "TensorFlow", "JAX", "Keras", "scikit-learn", "OpenCV", "Hugging Face Transformers",
                   "NumPy", "Pandas", "Spark", "React", "Django", "Flask", "ONNX", "TensorRT"],
    "Tools": ["Docker", "Kubernetes", "Git", "Linux", "CUDA", "LaTeX", "AWS", "Slurm", "Airflow", "Redis",
              "PostgreSQL", "Ray", "Weights & Biases"],
}
SKILL_CATEGORY_NAMES = {
    "en": {"Languages": ["Programming Languages", "Languages", "Programming"], "Frameworks": ["Frameworks", "Libraries"],
           "Tools": ["Tools", "Tools & Platforms", "Infrastructure"]},
    "de": {"Languages": ["Programmiersprachen"], "Frameworks": ["Frameworks"], "Tools": ["Werkzeuge"]},
    "fr": {"Languages": ["Langages"], "Frameworks": ["Bibliothèques"], "Tools": ["Outils"]},
    "es": {"Languages": ["Lenguajes"], "Frameworks": ["Bibliotecas"], "Tools": ["Herramientas"]},
    "zh": {"Languages": ["编程语言"], "Frameworks": ["框架"], "Tools": ["工具"]},
}
AWARDS_EN = ["Best Paper Award", "Outstanding Reviewer Award", "Dean's List", "Graduate Fellowship",
             "Gold Medal, ACM ICPC Regional Contest", "Meritorious Winner, Mathematical Contest in Modeling",
             "Outstanding Graduate", "Merit Scholarship", "Travel Grant", "First Prize, National Olympiad in Informatics",
             "Presidential Scholarship", "Best Student Paper Honorable Mention", "Kaggle Competition Gold Medal",
             "Excellent Teaching Assistant Award", "Research Excellence Fellowship"]
AWARDS_ZH = ["国家奖学金", "优秀毕业生", "一等学业奖学金", "全国大学生数学建模竞赛一等奖", "三好学生", "优秀研究生"]
SPOKEN = [("English", "Native"), ("English", "Fluent"), ("Mandarin", "Native"), ("German", "B2"), ("French", "C1"),
          ("Spanish", "Intermediate"), ("Hindi", "Native"), ("Korean", "Native"), ("Arabic", "Native")]

CULTURE_LANG = {"german": "de", "french": "fr", "spanish": "es"}
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "proton.me", "163.com", "qq.com", "yahoo.com", "hotmail.com"]
UNI_DOMAIN = {"Tsinghua University": "mails.tsinghua.edu.cn", "Zhejiang University": "zju.edu.cn",
              "Stanford University": "stanford.edu", "Carnegie Mellon University": "andrew.cmu.edu",
              "ETH Zurich": "ethz.ch", "Peking University": "pku.edu.cn", "University of Toronto": "mail.utoronto.ca",
              "Technical University of Munich": "tum.de", "KAIST": "kaist.ac.kr", "University of Oxford": "ox.ac.uk",
              "Indian Institute of Technology Bombay": "iitb.ac.in", "Georgia Institute of Technology": "gatech.edu",
              "National University of Singapore": "u.nus.edu", "EPFL": "epfl.ch"}

# phone formats per country: (country code, national pattern) — patterns use valid number ranges
PHONES = {
    "CN": ("86", ["138{4}{4}", "139{4}{4}", "186{4}{4}", "151{4}{4}"]),
    "US": ("1", ["650253{4}", "412268{4}", "617253{4}", "206543{4}"]),
    "IN": ("91", ["98{4}{4}", "99{4}{4}", "97{4}{4}"]),
    "DE": ("49", ["151{4}{4}", "170{4}{4}", "176{4}{4}"]),
    "FR": ("33", ["6{4}{4}", "76{3}{4}"]),
    "ES": ("34", ["6{4}{4}"]),
    "UK": ("44", ["7911{4}{2}", "7400{4}{2}"]),
    "KR": ("82", ["10{4}{4}"]),
    "SA": ("966", ["50{3}{4}"]),
    "JP": ("81", ["90{4}{4}"]),
}
CULTURE_COUNTRY = {"chinese": "CN", "indian": "IN", "german": "DE", "french": "FR", "spanish": "ES", "italian": "DE",
                   "nordic": "UK", "american": "US", "korean": "KR", "arabic": "SA", "japanese": "JP",
                   "vietnamese": "US", "african": "UK", "brazilian": "US"}


def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_phone(rng, country):
    cc, patterns = PHONES[country]
    pat = rng.choice(patterns)
    national = pat.replace("{4}", "@@@@").replace("{3}", "@@@").replace("{2}", "@@")
    national = "".join(str(rng.randrange(10)) if ch == "@" else ch for ch in national)
    return {"cc": cc, "national": national, "country": country}


def phone_display(phone, style):
    """The phone as printed, and its label (SCHEMA: + and country code only when printed)."""
    cc, n = phone["cc"], phone["national"]
    if style == "us" and cc == "1":
        return f"({n[:3]}) {n[3:6]}-{n[6:]}", n
    if style == "plain":
        return f"+{cc} {n}", f"+{cc}{n}"
    if style == "dash":
        return f"+{cc}-{n[:3]}-{n[3:7]}-{n[7:]}".rstrip("-"), f"+{cc}{n}"
    # grouped
    groups = [n[:3], n[3:7], n[7:]] if len(n) > 7 else [n[:3], n[3:]]
    return f"+{cc} " + " ".join(g for g in groups if g), f"+{cc}{n}"


def _ym(year, month):
    return {"y": year, "m": month}


def make_title(rng, used):
    for _ in range(50):
        t = rng.choice(T_PATTERNS).format(adj=rng.choice(T_ADJ), method=rng.choice(T_METHOD), task=rng.choice(T_TASK))
        if t not in used:
            used.add(t)
            return t
    return t


def person_name(rng, culture):
    if culture == "chinese":
        fam, fam_zh = rng.choice(ZH_FAMILY)
        giv, giv_zh = rng.choice(ZH_GIVEN)
        return {"given": giv, "family": fam, "cjk": fam_zh + giv_zh}
    given, family = CULTURES[culture]
    return {"given": rng.choice(given), "family": rng.choice(family), "cjk": None}


def make_person(rng: random.Random, lang: str = "en", culture: str | None = None, academic: bool | None = None):
    """One fictional candidate. lang: the document's language (en, zh, de, fr, es)."""
    if culture is None:
        if lang == "zh":
            culture = "chinese"
        elif lang in ("de", "fr", "es"):
            culture = {"de": "german", "fr": "french", "es": "spanish"}[lang]
        else:
            culture = rng.choice(["chinese"] * 4 + ["indian"] * 3 + list(CULTURES))
    nm = person_name(rng, culture)
    country = CULTURE_COUNTRY[culture]
    if academic is None:
        academic = rng.random() < 0.7
    this_year = 2025
    # ---- education, newest first
    levels = rng.choice([["bachelor"], ["master", "bachelor"], ["phd", "bachelor"], ["phd", "master", "bachelor"],
                         ["master", "bachelor"], ["phd", "master", "bachelor"]])
    unis = [u for u in UNIVERSITIES if (u[2] == "CN") == (culture == "chinese" and rng.random() < 0.8)] or UNIVERSITIES
    if lang == "zh":
        unis = [u for u in UNIVERSITIES if u[1]]
    end_year = rng.randrange(this_year - 6, this_year + 2)
    education, ongoing = [], end_year >= this_year
    year = end_year
    for i, level in enumerate(levels):
        span = {"bachelor": 4, "master": rng.choice([2, 3]), "phd": rng.choice([4, 5])}[level]
        uni = rng.choice(unis)
        field = rng.choice(FIELDS)
        start = _ym(year - span, 9)
        end = "present" if (i == 0 and ongoing and rng.random() < 0.6) else _ym(year, rng.choice([6, 7, 5, 12]))
        gpa = make_gpa(rng, uni[2]) if rng.random() < 0.75 else None
        rank = rng.choice(["Top 5%", "3/120", "Top 10%", "7/174", "2/85", "Top 1%"]) if rng.random() < 0.3 else None
        honors = [rng.choice(["Outstanding Graduate", "Merit Scholarship", "Academic Excellence Scholarship"])] \
            if rng.random() < 0.15 else []
        lang_key = lang if lang in DEGREES[level] else "en"
        education.append({"institution": uni[0], "institution_zh": uni[1], "country": uni[2], "level": level,
                          "degree": rng.choice(DEGREES[level][lang_key]), "degree_en": rng.choice(DEGREES[level]["en"]),
                          "field": field, "field_zh": FIELD_ZH.get(field), "start": start, "end": end,
                          "gpa": gpa, "rank": rank, "honors": honors})
        year = year - span
    # ---- experience, newest first
    experience = []
    n_exp = rng.randrange(1, 5)
    y = min(end_year, this_year)
    emps = [e for e in EMPLOYERS if e[1]] if lang == "zh" else EMPLOYERS
    for i in range(n_exp):
        kind = rng.random()
        if academic and kind < 0.3:
            org = rng.choice([e["institution"] for e in education])
            if rng.random() < 0.4:
                org = f"{rng.choice(LABS)}, {org}"
            org_zh = None
            title = rng.choice(TITLES_ACADEMIC)
        else:
            org, org_zh = rng.choice(emps)
            title = rng.choice(TITLES_INTERN if (academic or i > 0) and rng.random() < 0.7 else TITLES_JOB)
        length = rng.randrange(3, 30)
        sm = rng.randrange(1, 13)
        start_y = y - length // 12 - (1 if rng.random() < 0.5 else 0)
        start = _ym(start_y, sm)
        end_m = (sm + length - 1) % 12 + 1
        end_y = start_y + (sm + length - 1) // 12
        if i == 0 and rng.random() < 0.35 and not academic:
            end = "present"
        else:
            end = _ym(min(end_y, this_year), end_m)
        season = rng.random() < 0.08 and "Intern" in title
        if season:
            start = {"y": start_y, "season": "Summer"}
            end = {"y": start_y, "season": "Summer"}
        bullets = [f"Developed {rng.choice(T_METHOD).lower()} for {rng.choice(T_TASK).lower()}, "
                   f"improving accuracy by {rng.randrange(2, 15)}%.",
                   f"Built a {rng.choice(['training', 'evaluation', 'data', 'serving'])} pipeline with "
                   f"{rng.choice(SKILL_POOL['Frameworks'])}."][: rng.randrange(1, 3)]
        experience.append({"organization": org, "organization_zh": org_zh, "title": title,
                           "title_zh": TITLE_ZH.get(title), "start": start, "end": end, "bullets": bullets,
                           "location": rng.choice(["Beijing", "Shanghai", "Seattle, WA", "Mountain View, CA", "Munich",
                                                   "Paris", "Bangalore", "Seoul", "London", "Zurich", ""])})
        y = start_y
    # ---- publications
    pubs = []
    if academic or rng.random() < 0.3:
        used = set()
        me = {"given": nm["given"], "family": nm["family"]}
        for _ in range(rng.randrange(1, 7)):
            n_auth = rng.randrange(1, 6)
            authors = []
            for _k in range(n_auth - 1):
                c = rng.choice(["chinese", "chinese", "indian", "american", "german", "korean", "french", "arabic"])
                authors.append(dict(person_name(rng, c)))
            pos = 0 if rng.random() < 0.55 else rng.randrange(0, n_auth)
            authors.insert(pos, dict(me, me=True))
            for a in authors:
                a.setdefault("me", False)
            if n_auth >= 2 and rng.random() < 0.2:  # equal contribution of the first two
                authors[0]["equal"] = authors[1]["equal"] = True
            if rng.random() < 0.15:
                authors[-1]["corr"] = True
            status = rng.choices(["published", "workshop", "arxiv", "review"], [70, 10, 12, 8])[0]
            venue = rng.choice(VENUES)
            if status == "workshop":
                host = rng.choice(WORKSHOP_HOSTS)
                venue = next(v for v in VENUES if v[0] == host)
            pubs.append({"title": make_title(rng, used), "authors": authors, "venue": venue, "status": status,
                         "year": rng.randrange(2017, this_year + 1), "pages": f"{rng.randrange(100, 9000)}",
                         "arxiv": f"{rng.randrange(18, 25)}{rng.randrange(1, 13):02d}.{rng.randrange(10000):05d}"})
        pubs.sort(key=lambda p: -p["year"])
    # ---- skills
    skills = []
    for cat in rng.sample(list(SKILL_POOL), rng.randrange(1, 4)):
        skills.append({"category": cat, "items": rng.sample(SKILL_POOL[cat], rng.randrange(2, 6))})
    # ---- awards
    awards = []
    for _ in range(rng.randrange(0, 5)):
        pool = AWARDS_ZH if lang == "zh" and rng.random() < 0.7 else AWARDS_EN
        a = rng.choice(pool)
        if a not in [x["text"] for x in awards]:
            awards.append({"text": a, "year": rng.randrange(2015, this_year + 1)})
    # ---- contact
    slug = rng.choice([f"{nm['given']}.{nm['family']}", f"{nm['given'][0]}{nm['family']}",
                       f"{nm['family']}{nm['given']}", f"{nm['given']}{nm['family']}{rng.randrange(10, 99)}"])
    slug = "".join(ch for ch in slug.lower() if ch.isascii() and (ch.isalnum() or ch == "."))
    uni_dom = UNI_DOMAIN.get(education[0]["institution"])
    email = f"{slug}@{uni_dom if uni_dom and rng.random() < 0.5 else rng.choice(EMAIL_DOMAINS)}"
    handle = slug.replace(".", "-") if rng.random() < 0.5 else slug.replace(".", "")
    links = []
    if rng.random() < 0.7:
        links.append({"network": "GitHub", "username": handle, "url": f"https://github.com/{handle}"})
    if rng.random() < 0.5:
        links.append({"network": "LinkedIn", "username": handle, "url": f"https://www.linkedin.com/in/{handle}"})
    if rng.random() < 0.35:
        links.append({"network": "Homepage", "username": handle, "url": f"https://{handle}.github.io"})
    spoken = rng.sample(SPOKEN, 2)
    return {"lang": lang, "culture": culture, "given": nm["given"], "family": nm["family"], "cjk": nm["cjk"],
            "name": f"{nm['given']} {nm['family']}", "email": email, "phone": make_phone(rng, country),
            "links": links, "education": education, "experience": experience, "publications": pubs,
            "skills": skills, "awards": awards, "spoken": spoken, "academic": academic,
            "city": rng.choice(["Beijing", "Hangzhou", "Pittsburgh, PA", "Munich", "Paris", "Madrid", "Bangalore",
                                "Seoul", "Toronto", "Zurich", "Singapore"])}


def make_gpa(rng, country):
    """A GPA as printed and as labelled: {'text', 'value', 'scale'}."""
    kind = rng.choice(["4", "4", "4.3", "100", "pct", "10", "cgpa", "noscale"] + (["100", "4.3"] if country == "CN" else [])
                      + (["10", "cgpa"] if country == "IN" else []))
    if kind == "4":
        v = round(rng.uniform(3.3, 4.0), rng.choice([1, 2]))
        return {"text": f"{v}/4.0" if rng.random() < 0.6 else f"{v:.2f} / 4.00", "value": v, "scale": 4.0}
    if kind == "4.3":
        v = round(rng.uniform(3.5, 4.2), 2)
        return {"text": f"{v}/4.3", "value": v, "scale": 4.3}
    if kind == "100":
        v = round(rng.uniform(82, 96), 1)
        return {"text": f"{v}/100", "value": v, "scale": 100}
    if kind == "pct":
        v = rng.randrange(75, 96)
        return {"text": f"{v}%", "value": v, "scale": 100}
    if kind == "10":
        v = round(rng.uniform(7.5, 9.8), 1)
        return {"text": f"{v}/10", "value": v, "scale": 10}
    if kind == "cgpa":
        v = round(rng.uniform(7.5, 9.8), 2)
        return {"text": f"CGPA {v}/10", "value": v, "scale": 10, "prefixed": True}
    v = round(rng.uniform(3.3, 3.99), 2)
    return {"text": f"{v}", "value": v, "scale": None}
