"""A pool of N synthetic candidates with realistic distributions, for measuring search at scale.

    .venv/bin/python manage.py migrate                         # the database must exist and be migrated
    .venv/bin/python benchmarks/make_pool.py 100000            # the default SQLite database under var/
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/python benchmarks/make_pool.py 100000
    .venv/bin/python benchmarks/make_pool.py 5000 --add        # more candidates in a pool that has some

It refuses a database that already holds candidates unless `--add`. `benchmarks/search_speed.py` imports
`fill()`. Each person is drawn from a random generator seeded by (seed, their number in the pool), so a pool
is the same whatever the batch size and however many steps it was grown in.

What a person gets, all drawn with long tails (Zipf-like popularity): 1-4 degrees from several hundred
institutions (Chinese ones printed in Chinese or in English, accented European names), GPAs on 4.0, 100,
10 and 5 scales or none; 0-40 papers over the venue vocabulary of candidates/parsing plus invented minor
venues (mostly peer-reviewed, some preprints, under review or workshop papers); 5-30 skills from the
skills vocabulary; jobs; a parsed resume of 2,000-6,000 characters made of their own rows and sentences
drawn from a word list; and, for a fraction of them, notes, tags, team ratings, shortlist entries and
possible-duplicate flags. The summary columns the dashboard filters on are computed here in bulk by the
same rules as `services.candidate_summarize`; the search index is kept by the database's own triggers.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings")

import django  # noqa: E402
from django.apps import apps as django_apps  # noqa: E402

if not django_apps.ready:
    django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection, reset_queries, transaction  # noqa: E402
from django.db.models import F  # noqa: E402
from django.utils import timezone  # noqa: E402

from candidates import search  # noqa: E402
from candidates.gpa import on_four_scale  # noqa: E402
from candidates.models import (  # noqa: E402
    Candidate, DuplicatePair, Education, Experience, Note, Publication, Rating, Resume, Shortlist, ShortlistEntry,
    Skill, Tag, graded_degree, highest_degree,
)
from candidates.parsing import PARSER_VERSION  # noqa: E402
from candidates.parsing import skills as skill_vocabulary  # noqa: E402
from candidates.parsing import venues as venue_vocabulary  # noqa: E402
from candidates.parsing.model import REVIEW_BELOW  # noqa: E402

BATCH = 2000
THIS_YEAR = 2026
# What benchmarks/search_speed.py searches for: a word in most resumes, a phrase, an unaccented name.
COMMON_WORD = "research"
PHRASE = "computer vision"
UNACCENTED = "wisniewski"


def _split(text: str, sep: str = " ") -> list[str]:
    return [w.strip() for w in text.split(sep) if w.strip()]


# ---- vocabularies: hand-written heads (the popular ones) and long generated tails

NAMES: dict[str, tuple[int, list[str], list[str]]] = {  # region: (weight, given names, family names)
    "zh": (30, _split("Wei Xinlu Jing Hao Yifan Zihan Yuxuan Haoran Xinyi Mingyu Jiayi Tianyu Ruoxi Zhiwei Yue Lei "
                      "Qian Bo Shuang Xiaoming Yiming Zeyu Siyu Kaiming Junyan Chenxi"),
           _split("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang "
                  "Xie Song Tang Deng")),
    "zh-hans": (6, _split("伟 新路 静 浩 一凡 子涵 宇轩 浩然 欣怡 明宇 佳怡 天宇 若曦 志伟 悦 磊"),
                _split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭")),
    "pl": (6, _split("Łukasz Małgorzata Paweł Agnieszka Krzysztof Katarzyna Michał Zofia Wojciech Joanna Grzegorz"),
           _split("Wiśniewski Kowalski Wójcik Kamiński Lewandowski Zieliński Dąbrowski Szymański Woźniak Kozłowski")),
    "de": (7, _split("Jürgen Björn Lena Matthias Sophie Jörg Anna Felix Günther Käthe Tobias Marie"),
           _split("Müller Schäfer Weiß Schröder Köhler Becker Hoffmann Groß Krüger Zimmermann Jäger")),
    "romance": (9, _split("José María François Hélène Inés Joaquín Léa Gonçalo Renée Andrés Chiara Matteo Élodie"),
                _split("García Martínez Núñez Gonçalves Lefèvre Peña Rodríguez Moreau Fernández Dubois Ibáñez Ricci")),
    "north": (5, _split("Søren Åsa Mikael Emre Elif Çağla Ömer Ingrid Henrik"),
              _split("Jørgensen Öberg Lindqvist Yılmaz Çelik Şahin Öztürk Nyström Ångström")),
    "in": (15, _split("Priya Rahul Ananya Vishal Aditya Sneha Arjun Kavya Rohan Divya Siddharth Pooja Karthik"),
           _split("Sharma Gupta Iyer Ramesh Patel Reddy Nair Singh Kumar Menon Rao Banerjee Kulkarni")),
    "en": (12, _split("Emily James Olivia Michael Sarah David Emma Daniel Grace Thomas Hannah Ryan"),
           _split("Smith Johnson Brown Taylor Miller Davis Wilson Anderson Clark Walker O'Brien")),
    "east": (7, _split("Minh Linh Min-jun Seo-yeon Haruto Yui Ji-woo Hiroshi Thảo"),
             _split("Nguyễn Trần Lê Phạm Kim Park Lee Sato Tanaka Suzuki")),
    "ar": (3, _split("Ahmed Fatima Omar Layla Youssef Mariam"), _split("Hassan Ali Haddad Mansour Khalil Aziz")),
}
REGIONS = list(NAMES)
REGION_CUM = list(accumulate(NAMES[r][0] for r in REGIONS))
FAMOUS = _split(  # the most popular first
    "Tsinghua University; 清华大学; Peking University; 北京大学; Zhejiang University; 浙江大学; Shanghai Jiao Tong University; "
    "上海交通大学; Massachusetts Institute of Technology; Stanford University; Carnegie Mellon University; "
    "Indian Institute of Technology Bombay; Fudan University; 复旦大学; University of California, Berkeley; ETH Zürich; "
    "University of Science and Technology of China; 中国科学技术大学; Nanjing University; 南京大学; University of Oxford; "
    "University of Cambridge; Technische Universität München; National University of Singapore; "
    "Harbin Institute of Technology; 哈尔滨工业大学; Indian Institute of Technology Delhi; Universität Zürich; "
    "Politechnika Wrocławska; Politechnika Warszawska; University of Toronto; Wuhan University; 武汉大学; "
    "Huazhong University of Science and Technology; 华中科技大学; Sun Yat-sen University; 中山大学; Xi'an Jiaotong University; "
    "西安交通大学; Tongji University; 同济大学; Beihang University; 北京航空航天大学; "
    "University of Electronic Science and Technology of China; 电子科技大学; École Polytechnique Fédérale de Lausanne; "
    "Imperial College London; University College London; University of Edinburgh; Georgia Institute of Technology; "
    "University of Illinois Urbana-Champaign; University of Washington; Cornell University; Princeton University; "
    "Harvard University; California Institute of Technology; University of Michigan; "
    "University of California, Los Angeles; Columbia University; University of Texas at Austin; "
    "Indian Institute of Technology Madras; Indian Institute of Science; Nanyang Technological University; KAIST; "
    "Seoul National University; The University of Tokyo; Kyoto University; McGill University; "
    "Université de Montréal; University of Waterloo; Ludwig-Maximilians-Universität München; "
    "Karlsruher Institut für Technologie; Rheinisch-Westfälische Technische Hochschule Aachen; "
    "Uniwersytet Jagielloński; Université Paris-Saclay; École Polytechnique; École normale supérieure; "
    "Sorbonne Université; Universidad Politécnica de Madrid; Universitat Politècnica de Catalunya; "
    "Universidade de São Paulo; Università di Bologna; Politecnico di Milano; KTH Royal Institute of Technology; "
    "Aalto University; Københavns Universitet; Technische Universität Wien; Univerzita Karlova; "
    "Universidad de Buenos Aires; Universidad Nacional Autónoma de México; Delft University of Technology; "
    "Universiteit van Amsterdam; KU Leuven; Hong Kong University of Science and Technology; "
    "The Chinese University of Hong Kong; The University of Hong Kong; National Taiwan University; "
    "University of Melbourne; Australian National University; University of Sydney; "
    "Technion – Israel Institute of Technology; Tel Aviv University; Weizmann Institute of Science; "
    "Middle East Technical University; Boğaziçi Üniversitesi; İstanbul Teknik Üniversitesi; "
    "Đại học Bách khoa Hà Nội; Hanoi University of Science and Technology; Sharif University of Technology; "
    "Universität Heidelberg; Eötvös Loránd Tudományegyetem; Budapesti Műszaki és Gazdaságtudományi Egyetem; "
    "České vysoké učení technické v Praze; Tartu Ülikool", ";")
CITIES = {  # region: cities; how a university there is named
    "zh": ("Hangzhou Chengdu Chongqing Dalian Qingdao Xiamen Jinan Changsha Hefei Kunming Lanzhou Nanchang Shenyang "
           "Suzhou Ningbo Guangzhou Shenzhen Tianjin Zhengzhou Harbin Fuzhou Taiyuan",
           "{} University; {} University of Technology; {} Normal University; {} University of Science and Technology"),
    "zh-hans": ("杭州 成都 重庆 大连 青岛 厦门 济南 长沙 合肥 昆明 兰州 南昌 沈阳 苏州 宁波 深圳 天津 郑州", "{}大学; {}理工大学; {}师范大学"),
    "de": ("Göttingen Tübingen Würzburg Saarbrücken Düsseldorf Münster Köln Lübeck Jena Paderborn Graz Linz Bern Basel "
           "Luzern", "Universität {}; Technische Hochschule {}; Hochschule {}"),
    "pl": ("Łódź Poznań Gdańsk Kraków Toruń Brno Plzeň Košice Wrocław Lublin Katowice Ostrava",
           "University of {}; {} University of Technology; Uniwersytet {}"),
    "romance": ("Coimbra Évora Málaga Córdoba León Cádiz Zaragoza Genève Neuchâtel Besançon Orléans Nîmes Montréal "
                "Québec Bogotá Medellín Asunción Concepción Valparaíso Padova Torino Trento",
                "Université de {}; Universidad de {}; Universidade de {}; Università di {}"),
    "north": ("Uppsala Linköping Umeå Århus Ålborg Tromsø Jyväskylä Tampere Bergen Odense Ankara İzmir",
              "University of {}; {} University; {} Technical University"),
    "in": ("Pune Hyderabad Kanpur Kharagpur Roorkee Guwahati Mysore Coimbatore Jaipur Bhopal Nagpur Surat Vellore",
           "{} Institute of Technology; National Institute of Technology {}; Indian Institute of Technology {}"),
    "en": ("Leeds Bristol Sheffield Glasgow Aberdeen Cardiff Dayton Tulsa Omaha Boise Fresno Reno Spokane Halifax "
           "Regina Winnipeg Adelaide Perth Dunedin Durban",
           "University of {}; {} State University; {} Institute of Technology; {} Polytechnic"),
}
LEVEL_NAMES = {
    "bachelor": _split("B.Sc.;BSc;B.Eng.;Bachelor of Science;Bachelor of Engineering;B.Tech.;B.S.", ";"),
    "master": _split("M.Sc.;MSc;M.S.;Master of Science;M.Eng.;MPhil;Master of Engineering;M.Tech.", ";"),
    "phd": _split("Ph.D.;PhD;Doctor of Philosophy;Dr. rer. nat.;Dr.-Ing.", ";"),
    "other": _split("Diploma;Certificate in Data Science;Dipl.-Ing.;Graduate Certificate", ";"),
    "associate": ["Associate Degree"], "highschool": ["High School Diploma"],
}
CHINESE_LEVELS = {"bachelor": "学士", "master": "硕士", "phd": "博士", "other": "证书", "associate": "专科",
                  "highschool": "高中"}
FIELDS = _split("Computer Science; Electrical Engineering; Mathematics; Statistics; Data Science; "
                "Artificial Intelligence; Physics; Robotics; Software Engineering; Computational Linguistics; "
                "Mechanical Engineering; Information Engineering; Bioinformatics; Automation; Informatik; "
                "Informatique; Applied Mathematics; Cognitive Science; Operations Research; Computer Engineering; "
                "计算机科学与技术; 电子信息工程; 软件工程", ";")
EMPLOYERS = _split("Google; Microsoft Research; Alibaba DAMO Academy; Tencent AI Lab; 腾讯; ByteDance; "
                   "Huawei Noah's Ark Lab; Baidu Research; Meta AI; Amazon; NVIDIA; Apple; Siemens; "
                   "Bosch Center for AI; SAP; Zalando; Spotify; DeepMind; Infosys; Wipro; Tata Consultancy Services; "
                   "Flipkart; Shopee; Allegro; Ericsson; Nokia Bell Labs; IBM Research; Intel Labs; Qualcomm; "
                   "SenseTime; 商汤科技; Megvii; 科大讯飞; Meituan; Kuaishou; Xiaomi; DJI; Škoda Auto; Dassault Systèmes; "
                   "Telefónica; Naver", ";")
JOB_TITLES = _split("Research Intern; Software Engineer; Machine Learning Engineer; Research Assistant; "
                    "Teaching Assistant; Postdoctoral Researcher; Data Scientist; Research Scientist; "
                    "Applied Scientist; Senior Software Engineer; Computer Vision Engineer; Algorithm Engineer; "
                    "算法工程师; Student Researcher; Visiting Researcher; Backend Developer; Data Engineer; NLP Engineer; "
                    "Robotics Engineer", ";")
TOP_SKILLS = _split("python pytorch c++ sql git linux docker tensorflow java numpy pandas scikit-learn matlab opencv "
                    "javascript cuda c kubernetes aws r latex bash keras transformers spark react go rust jax")
TOP_VENUES = _split("NeurIPS; CVPR; ICML; ICLR; AAAI; ICCV; ECCV; ACL; EMNLP; IJCAI; arXiv; ICRA; IROS; KDD; WWW; "
                    "SIGIR; TPAMI; ICASSP; IEEE Access; Neurocomputing; NAACL; TIP; MICCAI; CHI; ICIP; WACV; "
                    "INTERSPEECH; COLING; BMVC; TNNLS; CIKM; IJCV", ";")
MINOR_KINDS = ["International Conference on", "Asian Conference on", "European Symposium on", "Journal of",
               "International Workshop on", "IEEE Transactions on", "Chinese Conference on", "Nordic Conference on"]
TOPICS = _split("Intelligent Computing; Signal and Image Processing; Smart Sensing; Applied Machine Learning; "
                "Data Engineering; Computational Intelligence; Pattern Analysis; Human-Robot Interaction; Edge AI; "
                "Speech Technology; Knowledge Graphs; Information Retrieval Systems; Medical Imaging; "
                "Autonomous Systems; Neural Computation; Cloud Computing; Multimedia Analytics; Document Analysis; "
                "Remote Sensing; Biometrics; Graph Learning; Embedded Vision; Language Resources; Trustworthy AI; "
                "Industrial Informatics", ";")
ADJECTIVES = _split("Efficient Robust Scalable Self-Supervised Interpretable Lightweight Adaptive Unified Contrastive "
                    "Hierarchical Sparse Federated Causal Multimodal Generative Zero-Shot Few-Shot Fast")
METHODS = _split("Transformers; Graph Neural Networks; Diffusion Models; Contrastive Learning; Attention; "
                 "Knowledge Distillation; Neural Radiance Fields; Reinforcement Learning; Language Models; "
                 "Mixture of Experts; Prompt Tuning; Point Cloud Networks; Bayesian Inference; "
                 "Vision-Language Pretraining; State Space Models", ";")
TASKS = _split("3D Object Detection; Semantic Segmentation; Open-Domain Question Answering; Machine Translation; "
               "Person Re-Identification; Speech Recognition; Recommendation; Anomaly Detection; Image Retrieval; "
               "Code Generation; Robot Manipulation; Medical Image Segmentation; Trajectory Prediction; "
               "Entity Linking; Depth Estimation; Video Understanding; Molecule Generation; Time Series Forecasting",
               ";")
PHRASES = _split("computer vision; machine learning; deep learning; natural language processing; "
                 "reinforcement learning; distributed systems; object detection; large language models; "
                 "data pipelines; graph neural networks; speech recognition; medical imaging; autonomous driving; "
                 "recommender systems; information retrieval; edge devices; model compression; unit testing; "
                 "code review; open source", ";")
HEAD_WORDS = _split("the and of in to a for with on using we data learning model system based models our by from "
                    "research developed results performance training methods network analysis experiments design "
                    "project team framework algorithms large new evaluation dataset neural improved approach built "
                    "work deep accuracy implemented applications efficient real time optimization features multiple "
                    "across pipeline production high various study tools image language robust users testing "
                    "deployment scale tasks led experience proposed paper benchmark code baseline techniques graph "
                    "vision software engineering processing information inference service latency memory throughput "
                    "reduced collaborated published cluster gpu prototype video sensor signal search ranking "
                    "retrieval generation detection segmentation classification simulation control planning tracking "
                    "robot embedded mobile cloud database api backend interface metrics monitoring security privacy "
                    "annotation augmentation pretraining quantization compiler kernel parallel streaming multimodal "
                    "speech lidar")
PREFIXES = _split("auto bio micro multi neuro photo semi cyber geo hydro meta nano poly pseudo quasi retro thermo "
                  "ultra inter trans electro hetero homo iso macro mono omni para proto tele astro chrono crypto dyna "
                  "exo hyper infra magneto opto pyro")
ROOTS = _split("graph morph tensor vector kernel signal spectr optic sensor chrom plasm lith kinet magnet stat dynam "
               "cell gen phon lex sem log metr scop cod mod grad flux lumen tact vis sol terr aqu aer card neur derm "
               "hem path troph zym cyt kary mer plex nom gram sphere phase field mesh grid")
SUFFIXES = ["", "ic", "ical", "ics", "ism", "ity", "ation", "ometry", "al", "ous", "ive", "ology"]
TAGS = _split("strong-ml follow-up relocation visa needed senior junior phd-track referral top-school publications "
              "campus-2026 remote-only onsite-ok returning intern-convert speaker oss-maintainer startup big-tech "
              "backend cv nlp robotics systems theory hold do-not-contact second-round hiring-manager-liked "
              "salary-high internal")
SHORTLISTS = _split("Vision research scientist 2026; NLP applied scientist; Robotics internship summer; "
                    "ML platform engineers; Campus hires Beijing; Campus hires Munich; Postdoc pipeline; Speech team; "
                    "Search ranking; Founding engineers; Data infra; Exec referrals", ";")
QUALITY_REASONS = ["no education found", "publications without years", "only 40% of the text was attributed to a "
                   "section", "name not found", "dates not found for some jobs", "two columns read as one"]


class Zipf:
    """Items drawn with a popularity that falls as 1/rank**s: a few everywhere, a long tail of rare ones."""

    def __init__(self, items: list, s: float = 1.0):
        self.items = list(dict.fromkeys(items))
        self.cum = list(accumulate(1 / rank ** s for rank in range(1, len(self.items) + 1)))

    def draw(self, rng: random.Random, k: int = 1) -> list:
        return rng.choices(self.items, cum_weights=self.cum, k=k)

    def one(self, rng: random.Random):
        return rng.choices(self.items, cum_weights=self.cum)[0]

    def distinct(self, rng: random.Random, k: int) -> list:
        k, seen = min(k, len(self.items)), {}
        while len(seen) < k:
            seen.update(dict.fromkeys(self.draw(rng, k)))
        return list(seen)[:k]


def shuffled(items: list, seed: int) -> list:
    return random.Random(seed).sample(items, len(items))


@dataclass(frozen=True)
class Vocabularies:
    institutions: Zipf
    venues: Zipf
    tiers: dict[str, str]  # the CORE tier of each known venue ("" unranked); invented minor venues have none
    skills: Zipf
    words: Zipf  # about 25,000: real ones at the head (in most resumes), generated jargon in the tail (in a few)
    phrases: Zipf
    tags: Zipf
    shortlists: Zipf  # of indexes into SHORTLISTS
    chars_per_word: float  # with its blank, on average: to write a resume of a given length


@lru_cache(maxsize=1)
def vocab() -> Vocabularies:
    generated = [template.format(city) for cities, templates in CITIES.values() for city in _split(cities)
                 for template in _split(templates, ";")[:2 + len(city) % 2]]
    tiers = {v.short: v.tier or "" for v in venue_vocabulary.all_venues()}
    venues = [name for name in TOP_VENUES if name in tiers]
    minor = shuffled([f"{kind} {topic}" for kind in MINOR_KINDS for topic in TOPICS], 3)[:160]
    skill_names = [s.name for s in skill_vocabulary.all_skills()]
    top_skills = [n for n in TOP_SKILLS if n in skill_names]
    words = Zipf(HEAD_WORDS + shuffled([p + r + s for p in PREFIXES for r in ROOTS for s in SUFFIXES], 5))
    return Vocabularies(
        institutions=Zipf(FAMOUS + shuffled(generated, 1), s=0.8),
        venues=Zipf(venues + shuffled([v for v in tiers if v not in venues] + minor, 2)), tiers=tiers,
        skills=Zipf(top_skills + shuffled([n for n in skill_names if n not in top_skills], 4), s=0.9),
        words=words, phrases=Zipf(PHRASES, s=0.8), tags=Zipf(TAGS), shortlists=Zipf(list(range(len(SHORTLISTS)))),
        chars_per_word=mean(len(w) + 1 for w in words.draw(random.Random(6), 20_000)) * 1.02)


def rare_word() -> str:
    """A word of the tail: in about 0.2% of resumes."""
    return vocab().words.items[20_000]


# ---- one person, drawn from their own generator


@dataclass
class Person:
    candidate: Candidate
    education: list[Education]
    experience: list[Experience]
    publications: list[Publication]
    skills: list[str]
    resume: Resume
    tags: list[str] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (recruiter index, body)
    ratings: list[tuple[int, int]] = field(default_factory=list)  # (recruiter index, stars)
    shortlists: list[tuple[int, str]] = field(default_factory=list)  # (shortlist index, stage)
    duplicate_of: int | None = None  # the index in the batch of an earlier person with the same name


def person_name(rng: random.Random) -> tuple[str, str]:
    """A printed name and its ASCII form for e-mail addresses."""
    region = rng.choices(REGIONS, cum_weights=REGION_CUM)[0]
    _, given_names, families = NAMES[region]
    given, family = rng.choice(given_names), rng.choice(families)
    if region == "zh-hans":
        return family + given, f"user{rng.randrange(10**6)}"
    if region == "pl" and given.endswith("a") and family.endswith("ki"):
        family = family[:-1] + "a"  # Wiśniewska
    name = f"{family} {given}" if region == "zh" and rng.random() < 0.25 else f"{given} {family}"
    if region in ("en", "in") and rng.random() < 0.1:
        name = f"{given} {rng.choice('ABCDJKMRS')}. {family}"
    return name, "".join(c for c in search.fold(f"{given}.{family}") if c.isalnum() or c == ".")


GPA_DRAWN = {"4": (3.45, 0.32, 2.0, 4.0), "": (3.45, 0.32, 2.0, 4.0), "100": (85, 5.5, 60, 99),
             "10": (8.2, 0.8, 5.5, 10), "5": (4.2, 0.45, 2.5, 5)}  # scale: mean, deviation, lowest, highest


def gpa_drawn(rng: random.Random) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """(GPA, scale, a stated 4.0 equivalent) as resumes print them: a quarter print none, some no scale."""
    if rng.random() < 0.25:
        return None, None, None
    scale = rng.choices(["4", "100", "10", "5", ""], weights=[50, 22, 15, 5, 8])[0]
    middle, spread, low, high = GPA_DRAWN[scale]
    digits = rng.choice([0, 1, 2]) if scale == "100" else 2
    gpa = Decimal(f"{min(high, max(low, rng.gauss(middle, spread))):.{digits}f}")
    stated = None
    if scale == "100" and rng.random() < 0.25:
        stated = Decimal(f"{min(4.0, float(gpa) / 25 + rng.uniform(-0.1, 0.1)):.2f}")
    return gpa, (Decimal(scale) if scale else None), stated


def _when(year: int, month: int, rng: random.Random) -> str:
    return f"{year}-{month:02d}" if rng.random() < 0.6 else str(year)


def education_drawn(rng: random.Random) -> list[Education]:
    path = rng.choices([["bachelor"], ["bachelor", "master"], ["bachelor", "master", "phd"], ["bachelor", "phd"],
                        ["master"], ["associate", "bachelor"], ["other"]], weights=[22, 36, 24, 8, 6, 2, 2])[0]
    if rng.random() < 0.08 and len(path) < 4:
        path = path + [rng.choice(["other", "master"])]
    years = {"bachelor": 4, "master": 2, "phd": 5, "associate": 2, "other": 1, "highschool": 3}
    span = sum(years[level] for level in path[:-1])
    year = rng.randint(1996, THIS_YEAR - span)
    rows, school = [], vocab().institutions.one(rng)
    for position, level in enumerate(path):
        if position and rng.random() > 0.4:
            school = vocab().institutions.one(rng)
        end = year + years[level] + rng.choice([-1, 0, 0, 0, 1])
        gpa, scale, stated = gpa_drawn(rng)
        in_chinese = any("\u4e00" <= c <= "\u9fff" for c in school)
        rows.append(Education(
            position=position, institution=school, degree_level=level,
            degree=CHINESE_LEVELS[level] if in_chinese else rng.choice(LEVEL_NAMES[level]),
            field=rng.choice(FIELDS[-3:] if in_chinese else FIELDS[:-3]),
            start=_when(year, 9, rng), end=("present" if rng.random() < 0.5 else str(end)) if end > THIS_YEAR
            else _when(end, 7, rng), gpa=gpa, gpa_scale=scale, gpa_4_stated=stated))
        year = end + (1 if rng.random() < 0.2 else 0)
    if rng.random() < 0.3:
        rows.reverse()  # most resumes list the newest degree first
        for position, row in enumerate(rows):
            row.position = position
    return rows


def experience_drawn(rng: random.Random, first_year: int) -> list[Experience]:
    count = 0 if rng.random() < 0.15 else min(6, 1 + int(rng.expovariate(0.7)))
    rows, year = [], rng.randint(min(first_year + 2, THIS_YEAR), THIS_YEAR)
    for position in range(count):
        start = max(first_year, year - rng.randint(0, 3))
        end = "present" if position == 0 and rng.random() < 0.4 else _when(max(start, min(THIS_YEAR, year)), 6, rng)
        rows.append(Experience(position=position, organization=rng.choice(EMPLOYERS) if rng.random() < 0.8
                               else vocab().institutions.one(rng), title=rng.choice(JOB_TITLES),
                               start=_when(start, rng.randint(1, 12), rng), end=end))
        year = start - rng.randint(0, 1)
    return rows


def publications_drawn(rng: random.Random, name: str, level: str, first_year: int) -> list[Publication]:
    none, mu = {"phd": (0.08, 1.6), "master": (0.45, 0.6)}.get(level, (0.75, 0.2))
    count = 0 if rng.random() < none else min(40, 1 + int(rng.lognormvariate(mu, 0.85)))
    venue_names, tiers = vocab().venues, vocab().tiers
    rows = []
    for position in range(count):
        status = rng.choices(["published", "accepted", "under_review", "preprint"], weights=[80, 7, 6, 7])[0]
        venue = "arXiv" if status == "preprint" and rng.random() < 0.7 else venue_names.one(rng)
        workshop = status == "published" and venue in tiers and rng.random() < 0.06
        authors = [person_name(rng)[0] for _ in range(rng.randint(1, 8))]
        at = rng.choices([1, 2, 3, 4, 5, 6, None], weights=[36, 25, 15, 9, 6, 5, 4])[0]
        if at is not None:
            at = min(at, len(authors) + 1)
            authors.insert(at - 1, name)
        title = f"{rng.choice(ADJECTIVES)} {rng.choice(METHODS)} for {rng.choice(TASKS)}"
        if rng.random() < 0.3:
            title += rng.choice([" in the Wild", ": A Benchmark", " with Limited Supervision", " at Scale"])
        rows.append(Publication(
            position=position, title=title, venue=venue, venue_tier="" if workshop else tiers.get(venue, ""),
            year=rng.randint(min(THIS_YEAR, max(2008, first_year + 2)), THIS_YEAR), authors=authors, author_position=at,
            first_author=None if at is None else at == 1, status=status, workshop=workshop,
            equal_contribution=rng.random() < 0.05, corresponding=rng.random() < 0.04,
            authors_truncated=rng.random() < 0.03))
    return rows


def sentences(rng: random.Random, count: int) -> str:
    """Text of `count` words from the Zipf word list, cut into sentences, now and then with a known phrase."""
    drawn, out = vocab().words.draw(rng, count), []
    while drawn:
        length = rng.randint(8, 22)
        chunk, drawn = drawn[:length], drawn[length:]
        if rng.random() < 0.35:
            chunk.insert(rng.randrange(len(chunk) + 1), vocab().phrases.one(rng))
        out.append(" ".join(chunk).capitalize() + ".")
    return " ".join(out)


def resume_text(rng: random.Random, p: Person) -> str:
    c = p.candidate
    lines = [c.name, " | ".join([*c.emails, *c.phones, *c.links]), "EDUCATION"]
    for e in p.education:
        grade = f", GPA {e.gpa}" + (f"/{e.gpa_scale.normalize():f}" if e.gpa_scale else "") if e.gpa else ""
        lines.append(f"{e.degree} in {e.field}, {e.institution}, {e.start} – {e.end}{grade}")
    lines.append("EXPERIENCE")
    for x in p.experience:
        lines += [f"{x.title}, {x.organization}, {x.start} – {x.end}", sentences(rng, rng.randint(15, 60))]
    if p.publications:
        lines.append("PUBLICATIONS")
        lines += [f"{', '.join(x.authors)}. {x.title}. In {x.venue}{' Workshops' if x.workshop else ''}, {x.year}."
                  for x in p.publications]
    lines += ["SKILLS", ", ".join(p.skills), "PROJECTS"]
    written = sum(len(line) + 1 for line in lines)
    target = rng.randint(2000, 6000)
    lines.append(sentences(rng, max(20, int((target - written) / vocab().chars_per_word))))
    return "\n".join(lines)


def person_drawn(seed: int, number: int, recruiters: int, twin: Person | None) -> Person:
    rng = random.Random(seed * 1_000_003 + number)
    name, ascii_name = person_name(rng)
    if twin is not None:
        name = twin.candidate.name
    domain = rng.choice(["gmail.com", "outlook.com", "163.com", "qq.com", "proton.me", "yahoo.com", "uni.edu"])
    candidate = Candidate(
        name=name, emails=[f"{ascii_name.lower()}{number}@{domain}"],
        phones=[f"+{rng.choice(['86 138', '48 512', '1 415', '49 151', '91 98'])} {rng.randrange(10**7):07d}"]
        if rng.random() < 0.6 else [],
        links=[f"https://github.com/{ascii_name.replace('.', '').lower()}{number % 97}"] if rng.random() < 0.4 else [])
    education = education_drawn(rng)
    if twin is not None:
        education[0].institution = twin.education[0].institution
    first_year = min(int(e.start[:4]) for e in education)
    best = highest_degree(education)
    person = Person(candidate, education, experience_drawn(rng, first_year),
                    publications_drawn(rng, name, best.degree_level if best else "", first_year),
                    vocab().skills.distinct(rng, round(rng.triangular(5, 30, 10))), Resume())
    score = round(rng.betavariate(12, 1.5), 3)
    doubtful = score < REVIEW_BELOW
    person.resume = Resume(
        original_name=f"{ascii_name.replace('.', '_')}_CV.pdf", size=rng.randint(40_000, 600_000), kind="pdf",
        status=Resume.Status.PARSED, parser_version=PARSER_VERSION, text=resume_text(rng, person), attempts=1,
        quality_score=score,
        quality_reasons=rng.sample(QUALITY_REASONS, rng.randint(1, 2)) if score < 0.9 else [])
    person.resume.reviewed = doubtful and rng.random() < 0.3
    if rng.random() < 0.12:
        person.tags = vocab().tags.distinct(rng, rng.randint(1, 3))
    if rng.random() < 0.06:
        person.notes = [(rng.randrange(recruiters), sentences(rng, rng.randint(5, 40)))
                        for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.10:
        person.ratings = [(r, rng.choices([1, 2, 3, 4, 5], weights=[5, 15, 35, 30, 15])[0])
                          for r in rng.sample(range(recruiters), rng.randint(1, 3))]
    if rng.random() < 0.03:
        stages = ShortlistEntry.Stage.values
        person.shortlists = [(s, rng.choices(stages, weights=[50, 20, 12, 5, 3, 10])[0])
                             for s in vocab().shortlists.distinct(rng, rng.randint(1, 2))]
    summarize(person)
    return person


# ---- the summary columns, by the rules of services.candidate_summarize


@lru_cache(maxsize=16)
def has_field(model: type, name: str) -> bool:
    return any(f.name == name for f in model._meta.get_fields())


def summarize(p: Person) -> None:
    c = p.candidate
    best = highest_degree(p.education)
    graded = graded_degree(p.education)
    c.highest_degree_level = best.degree_level if best else ""
    c.highest_degree = best.degree if best else ""
    c.highest_institution = best.institution if best else ""
    c.gpa = graded.gpa if graded else None
    c.gpa_scale = graded.gpa_scale if graded else None
    c.gpa_level = graded.degree_level if graded else ""
    c.gpa_4 = on_four_scale(graded.gpa, graded.gpa_scale, graded.gpa_4_stated) if graded else None
    c.publication_count = len(p.publications)
    if has_field(Candidate, "paper_count"):  # peer-reviewed main-track papers, all and first-authored (0021)
        peer_reviewed = [x for x in p.publications if x.is_peer_reviewed]
        c.paper_count = len(peer_reviewed)
        c.first_author_paper_count = sum(1 for x in peer_reviewed if x.first_author)
    c.quality_score = p.resume.quality_score
    c.needs_review = p.resume.quality_score < REVIEW_BELOW and not p.resume.reviewed
    c.search_text = document(*search_parts(p))
    if has_field(Candidate, "avg_rating"):  # the team's rating kept on the record (migration 0018)
        c.avg_rating = mean(stars for _, stars in p.ratings) if p.ratings else None
        c.rating_count = len(p.ratings)


def search_parts(p: Person) -> list[str]:
    """What `Candidate.search_text` is made of, in the order services.search_text takes it: a known institution
    by every name it goes by too."""
    return [p.candidate.name, *sorted(p.skills), *(f"{e.institution} {e.degree} {e.field}" for e in p.education),
            *(name for e in p.education for name in institution_names(e.institution)),
            *(f"{x.organization} {x.title}" for x in p.experience), *(f"{x.title} {x.venue}" for x in p.publications),
            p.resume.text]


@lru_cache(maxsize=None)
def _document_of(chunk: str) -> str:
    return search.document(chunk)


def document(*parts: str) -> str:
    """`search.document(*parts)`, a run of non-blanks at a time with each run's words remembered: folding accents
    character by character costs 3 ms a resume, and no word spans a blank, so the result is the same
    (`document_checked` makes sure of it on a sample)."""
    return " ".join(filter(None, map(_document_of, " ".join(p for p in parts if p).split())))


def document_checked(p: Person) -> None:
    whole = search.document(*search_parts(p))
    if p.candidate.search_text != whole:
        raise SystemExit("candidates.search.document() no longer reads a text a word at a time: make_pool.document "
                         "must follow it")


@lru_cache(maxsize=4096)
def institution_key(printed: str) -> str:
    return search.institution_key(printed)


@lru_cache(maxsize=4096)
def institution_names(printed: str) -> tuple[str, ...]:
    return tuple(search.institution_names(printed))


# ---- writing: one transaction per batch, bulk inserts only


@dataclass
class Fixtures:
    """What a pool's people point at: recruiters, skills, tags and shortlists (made once, idempotently)."""

    recruiters: list
    skill_ids: dict[str, int]
    tag_ids: dict[str, int]
    shortlist_ids: list[int]


def fixtures_made() -> Fixtures:
    users = [get_user_model().objects.get_or_create(username=f"pool-recruiter-{i}")[0] for i in range(1, 7)]
    categories = {s.name: s.category for s in skill_vocabulary.all_skills()}
    Skill.objects.bulk_create([Skill(name=n, category=categories[n]) for n in vocab().skills.items],
                              ignore_conflicts=True)
    Tag.objects.bulk_create([Tag(name=t) for t in TAGS], ignore_conflicts=True)
    lists = [Shortlist.objects.get_or_create(name=n, defaults={"created_by": users[i % len(users)]})[0].pk
             for i, n in enumerate(SHORTLISTS)]
    return Fixtures(users, dict(Skill.objects.values_list("name", "pk")), dict(Tag.objects.values_list("name", "pk")),
                    lists)


def batch_drawn(seed: int, start: int, size: int, recruiters: int) -> list[Person]:
    people: list[Person] = []
    for number in range(start, start + size):
        rng = random.Random(seed * 7_919 + number)
        twin = people[-rng.randint(1, len(people))] if people and rng.random() < 0.004 else None
        people.append(person_drawn(seed, number, recruiters, twin))
        if twin is not None:
            people[-1].duplicate_of = people.index(twin)
    document_checked(people[0])
    return people


def batch_stored(people: list[Person], fx: Fixtures) -> int:
    """Insert a batch of people and everything of theirs; the number of rows written."""
    Candidate.objects.bulk_create([p.candidate for p in people], batch_size=500)
    keyed = has_field(Education, "institution_key")
    for p in people:
        for row in (*p.education, *p.experience, *p.publications):
            row.candidate_id = p.candidate.pk
            if keyed and isinstance(row, Education):
                row.institution_key = institution_key(row.institution)
        p.resume.candidate_id = p.candidate.pk
        p.resume.sha256 = hashlib.sha256(f"make_pool {p.candidate.pk}".encode()).hexdigest()
        p.resume.uploaded_by = fx.recruiters[p.candidate.pk % len(fx.recruiters)]
        if p.resume.reviewed:
            p.resume.reviewed_by, p.resume.reviewed_at = fx.recruiters[0], timezone.now()
    skill_link, tag_link = Candidate.skills.through, Candidate.tags.through
    now = timezone.now()
    rows = [
        Education.objects.bulk_create([e for p in people for e in p.education]),
        Experience.objects.bulk_create([x for p in people for x in p.experience]),
        Publication.objects.bulk_create([x for p in people for x in p.publications], batch_size=2000),
        Resume.objects.bulk_create([p.resume for p in people], batch_size=500),
        skill_link.objects.bulk_create([skill_link(candidate_id=p.candidate.pk, skill_id=fx.skill_ids[s])
                                        for p in people for s in p.skills], batch_size=5000),
        tag_link.objects.bulk_create([tag_link(candidate_id=p.candidate.pk, tag_id=fx.tag_ids[t])
                                      for p in people for t in p.tags]),
        Note.objects.bulk_create([Note(candidate_id=p.candidate.pk, author=fx.recruiters[r], body=body)
                                  for p in people for r, body in p.notes]),
        Rating.objects.bulk_create([Rating(candidate_id=p.candidate.pk, recruiter=fx.recruiters[r], stars=stars)
                                    for p in people for r, stars in p.ratings]),
        ShortlistEntry.objects.bulk_create([
            ShortlistEntry(shortlist_id=fx.shortlist_ids[s], candidate_id=p.candidate.pk, stage=stage,
                           added_by=fx.recruiters[s % len(fx.recruiters)],
                           **({"stage_changed_at": stage_changed_at(p.candidate.pk, fx.shortlist_ids[s], stage, now)}
                              if has_field(ShortlistEntry, "stage_changed_at") else {}))
            for p in people for s, stage in p.shortlists]),
        DuplicatePair.objects.bulk_create([
            DuplicatePair(first_id=people[p.duplicate_of].candidate.pk, second_id=p.candidate.pk,
                          reasons=[f"same name and a shared school ({p.education[0].institution})"])
            for p in people if p.duplicate_of is not None]),
    ]
    return len(people) + sum(len(r) for r in rows)


# How long an entry has sat in its stage, on average, in days: weeks for the stages a recruiter moves on from,
# months for the outcomes, so that the charts' time in stage has something to show.
STAGE_DAYS = {"shortlisted": 21, "contacted": 10, "interviewing": 18, "offer": 7, "hired": 90, "rejected": 60}


def stage_changed_at(candidate_id: int, shortlist_id: int, stage: str, now: datetime) -> datetime:
    """When the entry entered its stage: a day to a year before `now`, drawn from the entry itself, so that a pool
    gets the same spread however it was grown."""
    rng = random.Random(candidate_id * 7_919 + shortlist_id)
    return now - timedelta(days=min(365.0, 1 + rng.expovariate(1 / STAGE_DAYS[stage])))


def stage_times_spread() -> int:
    """Spread the entries of a pool stored before they had a stage date: migration 0023 gave them their last change,
    the moment they were stored. An entry whose stage a person changed since keeps its date. How many it spread."""
    if not has_field(ShortlistEntry, "stage_changed_at"):
        return 0
    now = timezone.now()
    stored = list(ShortlistEntry.objects.filter(stage_changed_at__gte=F("updated_at")).only(
        "candidate_id", "shortlist_id", "stage"))
    for entry in stored:
        entry.stage_changed_at = stage_changed_at(entry.candidate_id, entry.shortlist_id, entry.stage, now)
    ShortlistEntry.objects.bulk_update(stored, ["stage_changed_at"], batch_size=1000)  # leaves updated_at alone
    return len(stored)


def caches_cleared() -> None:
    """Forget the vocabularies and the words of every text: a benchmark run next should not carry their hundreds of
    thousands of objects through each of its garbage collections."""
    for cached in (vocab, has_field, _document_of, institution_key, institution_names):
        cached.cache_clear()
    gc.collect()


def fill(n: int, seed: int = 7) -> None:
    """Add `n` synthetic candidates to the current database, numbered on from the candidates already there."""
    started = time.perf_counter()
    fx = fixtures_made()
    first = Candidate.objects.count()
    written = done = 0
    waited_at = time.perf_counter()
    for start in range(first, first + n, BATCH):
        people = batch_drawn(seed, start, min(BATCH, first + n - start), len(fx.recruiters))
        stored_at = time.perf_counter()
        with transaction.atomic():
            written += batch_stored(people, fx)
        done += len(people)
        reset_queries()  # with DEBUG on, Django keeps every query: 2 GB of inserted text by 100,000 candidates
        print(f"  {done:>7,}/{n:,} candidates  (batch: waited {stored_at - waited_at:4.1f} s for drawing, stored "
              f"{time.perf_counter() - stored_at:4.1f} s; {written:,} rows, {time.perf_counter() - started:6.1f} s "
              f"so far)", flush=True)
        waited_at = time.perf_counter()
    caches_cleared()
    stage_times_spread()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # statistics and visibility map, as autovacuum keeps a pool grown slowly
    print(f"filled {n:,} candidates ({written:,} rows) in {time.perf_counter() - started:.1f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many candidates to add")
    parser.add_argument("--add", action="store_true", help="add to a database that already holds candidates")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    settings.DEBUG = False  # no query log: formatting every insert's text for it costs time and memory
    name = connection.settings_dict["NAME"]
    existing = Candidate.objects.count()
    if existing and not args.add:
        sys.exit(f"{connection.vendor} database {name} already holds {existing:,} candidates: "
                 "pass --add to add more, or point DATABASE_URL at an empty, migrated database.")
    print(f"{connection.vendor} database {name}: adding {args.n:,} candidates to {existing:,}")
    fill(args.n, seed=args.seed)


if __name__ == "__main__":
    main()
