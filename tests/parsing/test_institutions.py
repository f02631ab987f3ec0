import json
import time
from collections import defaultdict
from importlib import resources

import pytest

from candidates.parsing import institutions
from candidates.parsing.institutions import Institution, ambiguous, find, lookup


def named(text: str) -> str | None:
    found = lookup(text)
    return found.name if found else None


@pytest.mark.parametrize(
    "text, name",
    [
        ("ZJU", "Zhejiang University"),
        ("浙江大学", "Zhejiang University"),
        ("Zhejiang University", "Zhejiang University"),
        ("浙大", "Zhejiang University"),
        ("SJTU", "Shanghai Jiao Tong University"),
        ("上海交通大学", "Shanghai Jiao Tong University"),
        ("USTC", "University of Science and Technology of China"),
        ("HUST", "Huazhong University of Science and Technology"),
        ("BUAA", "Beihang University"),
        ("Beijing University of Aeronautics and Astronautics", "Beihang University"),
        ("UCAS", "University of Chinese Academy of Sciences"),
        ("中国科学院大学", "University of Chinese Academy of Sciences"),
        ("CASIA", "Institute of Automation, Chinese Academy of Sciences"),
        ("中科院计算所", "Institute of Computing Technology, Chinese Academy of Sciences"),
        ("國立臺灣大學", "National Taiwan University"),
        ("香港科技大學", "The Hong Kong University of Science and Technology"),
        ("東京大学", "The University of Tokyo"),
        ("서울대학교", "Seoul National University"),
        ("SNU", "Seoul National University"),
        ("POSTECH", "Pohang University of Science and Technology"),
        ("KAIST", "Korea Advanced Institute of Science and Technology"),
        ("NUS", "National University of Singapore"),
        ("NTU Singapore", "Nanyang Technological University"),
        ("IIT Bombay", "Indian Institute of Technology Bombay"),
        ("IITB", "Indian Institute of Technology Bombay"),
        ("Indian Institute of Technology Kharagpur", "Indian Institute of Technology Kharagpur"),
        ("IISc", "Indian Institute of Science"),
        ("ETH Zurich", "ETH Zürich"),
        ("Eidgenössische Technische Hochschule Zürich", "ETH Zürich"),
        ("École polytechnique fédérale de Lausanne", "École Polytechnique Fédérale de Lausanne"),
        ("TU München", "Technical University of Munich"),
        ("Technische Universität München", "Technical University of Munich"),
        ("TUM", "Technical University of Munich"),
        ("KIT", "Karlsruhe Institute of Technology"),
        ("RWTH Aachen", "RWTH Aachen University"),
        ("Sorbonne Université", "Sorbonne University"),
        ("Université PSL", "PSL University"),
        ("Politecnico di Milano", "Politecnico di Milano"),
        ("Katholieke Universiteit Leuven", "KU Leuven"),
        ("TU Delft", "Delft University of Technology"),
        ("Politechnika Warszawska", "Warsaw University of Technology"),
        ("UIUC", "University of Illinois Urbana-Champaign"),
        ("MIT", "Massachusetts Institute of Technology"),
        ("UCL", "University College London"),
        ("Technion", "Technion – Israel Institute of Technology"),
        ("МФТИ", "Moscow Institute of Physics and Technology"),
    ],
)
def test_it_knows_abbreviations_and_other_language_names(text, name):
    assert named(text) == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("zhejiang UNIVERSITY", "Zhejiang University"),  # case
        ("Universitat Zurich", "University of Zurich"),  # accents
        ("Universitaet Zuerich", "University of Zurich"),  # German transliteration
        ("Ecole Polytechnique Federale de Lausanne", "École Polytechnique Fédérale de Lausanne"),
        ("Universidade de Sao Paulo", "University of São Paulo"),
        ("Zhejiang  University.", "Zhejiang University"),  # spacing and punctuation
        ("M.I.T.", "Massachusetts Institute of Technology"),
        ("U.C. Berkeley", "University of California, Berkeley"),
        ("Kings College London", "King's College London"),
        ("Xian Jiaotong University", "Xi'an Jiaotong University"),
        ("The University of Tokyo", "The University of Tokyo"),  # "The"
        ("University of Tokyo", "The University of Tokyo"),
        ("The Ohio State University", "Ohio State University"),
        ("Zhejiang Univ.", "Zhejiang University"),  # "Univ."
        ("Univ Stuttgart", "University of Stuttgart"),
        ("Univ. Grenoble Alpes", "Université Grenoble Alpes"),
        ("Texas A & M University", "Texas A&M University"),  # "&"
        ("Beijing University of Posts & Telecommunications", "Beijing University of Posts and Telecommunications"),
        ("Washington University in Saint Louis", "Washington University in St. Louis"),
        ("University of Wisconsin-Madison", "University of Wisconsin–Madison"),
        ("浙江大學", "Zhejiang University"),  # traditional characters for a simplified name
        ("国立台湾大学", "National Taiwan University"),  # and simplified for a traditional one
        ("东京大学", "The University of Tokyo"),
        ("ＺＪＵ", "Zhejiang University"),  # full-width letters
    ],
)
def test_it_folds_how_a_name_is_printed(text, name):
    assert named(text) == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("Zhejiang University, Hangzhou, China", "Zhejiang University"),
        ("University of Illinois at Urbana-Champaign", "University of Illinois Urbana-Champaign"),
        ("University of Illinois Urbana-Champaign", "University of Illinois Urbana-Champaign"),
        ("Univ. of Illinois, Urbana-Champaign, IL, USA", "University of Illinois Urbana-Champaign"),
        ("University of California, Los Angeles, CA, USA", "University of California, Los Angeles"),
        ("NTU, Singapore", "Nanyang Technological University"),
        ("Northeastern University, Boston, MA", "Northeastern University (USA)"),
        ("Northeastern University, Shenyang, China", "Northeastern University (China)"),
        ("Tsinghua University, Shenzhen", "Tsinghua University"),
        ("Stanford University - Stanford, CA", "Stanford University"),
    ],
)
def test_it_reads_a_campus_or_a_location_after_the_name(text, name):
    assert named(text) == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("School of Computer Science, Fudan University", "Fudan University"),
        ("College of Computer Science and Technology, Zhejiang University", "Zhejiang University"),
        ("Department of Computer Science and Engineering, The Chinese University of Hong Kong",
         "The Chinese University of Hong Kong"),
        ("School of Computer Science Fudan University", "Fudan University"),
        ("Fudan University School of Computer Science", "Fudan University"),
        ("Zhejiang University College of Computer Science", "Zhejiang University"),
        ("Carnegie Mellon University Robotics Institute", "Carnegie Mellon University"),
        ("MIT CSAIL", "Massachusetts Institute of Technology"),
        ("Harvard Medical School", "Harvard University"),
        ("St. John's College, University of Oxford", "University of Oxford"),
        ("Institut für Informatik, Universität Bonn", "University of Bonn"),
        ("McGill University and Mila", "McGill University"),
        ("浙江大学计算机科学与技术学院", "Zhejiang University"),
        ("上海交通大学 电子信息与电气工程学院", "Shanghai Jiao Tong University"),
        ("國立臺灣大學資訊工程學系", "National Taiwan University"),
        ("東京大学大学院情報理工学系研究科", "The University of Tokyo"),
        ("서울대학교 공과대학", "Seoul National University"),
        ("中国科学院大学人工智能学院", "University of Chinese Academy of Sciences"),
        ("中国科学院自动化研究所", "Institute of Automation, Chinese Academy of Sciences"),
        ("香港中文大学（深圳）数据科学学院", "The Chinese University of Hong Kong, Shenzhen"),
        ("浙江大学 Zhejiang University", "Zhejiang University"),
    ],
)
def test_it_reads_a_department_before_or_after_the_name(text, name):
    assert named(text) == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("Beijing University of Posts and Telecommunications (BUPT)",
         "Beijing University of Posts and Telecommunications"),
        ("Nanyang Technological University (NTU)", "Nanyang Technological University"),
        ("NTU (Singapore)", "Nanyang Technological University"),
        ("Indian Institute of Technology (IIT) Bombay", "Indian Institute of Technology Bombay"),
        ("浙江大学（ZJU）", "Zhejiang University"),
        ("中国石油大学（北京）", "China University of Petroleum (Beijing)"),
        ("中国石油大学(华东)", "China University of Petroleum (East China)"),
        ("Zhejiang University (Hangzhou)", "Zhejiang University"),
    ],
)
def test_it_reads_parentheses(text, name):
    assert named(text) == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("University of Washington", "University of Washington"),
        ("Washington University in St. Louis", "Washington University in St. Louis"),
        ("George Washington University", "George Washington University"),
        ("Peking University", "Peking University"),
        ("Beijing University of Technology", "Beijing University of Technology"),
        ("Zhejiang University of Technology", "Zhejiang University of Technology"),
        ("Zhejiang University City College", "Hangzhou City University"),
        ("南京大学金陵学院", "Nanjing University Jinling College"),
        ("Nanjing University of Science and Technology", "Nanjing University of Science and Technology"),
        ("Tokyo University of Science", "Tokyo University of Science"),
        ("Seoul National University of Science and Technology", "Seoul National University of Science and Technology"),
        ("National Sun Yat-sen University", "National Sun Yat-sen University"),
        ("Sun Yat-sen University", "Sun Yat-sen University"),
        ("York University", "York University"),
        ("University of York", "University of York"),
        ("Boston College", "Boston College"),
        ("Boston University", "Boston University"),
        ("Jinan University", "Jinan University"),
        ("University of Jinan", "University of Jinan"),
        ("Queen's University Belfast", "Queen's University Belfast"),
        ("The Hong Kong University of Science and Technology (Guangzhou)",
         "The Hong Kong University of Science and Technology (Guangzhou)"),
        ("MIT Pune", "Maharashtra Institute of Technology"),
        ("BIT Mesra", "Birla Institute of Technology, Mesra"),
        ("IIT BHU", "Indian Institute of Technology (BHU) Varanasi"),
        ("東北大学", "Tohoku University"),
        ("东北大学", "Northeastern University (China)"),
        ("University of Maryland, Baltimore County", "University of Maryland, Baltimore County"),
    ],
)
def test_similar_names_stay_distinct(text, name):
    assert named(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Western Washington University",  # contains 'Washington University'
        "Beijing University of Agriculture",  # 'Beijing University' then 'of'
        "Wuhan University of Science and Technology",
        "Indiana University of Pennsylvania",
        "Kyoto University of Advanced Science",
        "Medical University of South Carolina",
        "University of Michigan-Dearborn",
        "University of Texas at Tyler",
        "Penn State Harrisburg",
        "Purdue University Northwest",
        "Texas A&M University–Corpus Christi",
        "University of Wisconsin–Eau Claire",
        "Western Sydney University",  # contains 'Sydney University'
        "The Hang Seng University of Hong Kong",  # contains 'University of Hong Kong'
        "Tsinghua University Press",
        "Berkeley College",  # 'Berkeley' is UC Berkeley only on its own
        "Cornell College",
        "Notre Dame College",
        "The Education University",
        "Peking University High School",
        "中国人民大学附属中学",  # a high school named after the university
        "人大附中",
        "Indian Institute of Science and Technology",
        "Microsoft Research Asia",  # companies are not institutions here
        "Google",
        "mit license",
        "",
        "   ",
        "—",
        "University",
        "大学",
    ],
)
def test_it_does_not_guess(text):
    assert lookup(text) is None


@pytest.mark.parametrize(
    "text, could_be",
    [
        ("NTU", {"Nanyang Technological University", "National Taiwan University"}),
        ("ntu", {"Nanyang Technological University", "National Taiwan University"}),
        ("USC", {"University of Southern California", "University of South Carolina"}),
        ("UVA", {"University of Virginia", "University of Amsterdam"}),
        ("Northeastern University", {"Northeastern University (USA)", "Northeastern University (China)"}),
        ("中国石油大学", {"China University of Petroleum (Beijing)", "China University of Petroleum (East China)"}),
        ("清華大學", {"Tsinghua University", "National Tsing Hua University"}),
    ],
)
def test_an_ambiguous_name_maps_to_none_and_lists_what_it_could_mean(text, could_be):
    assert lookup(text) is None
    assert find(text) is None
    assert {i.name for i in ambiguous(text)} == could_be


@pytest.mark.parametrize(
    "text",
    ["UT", "UW", "IIT", "NIT", "IIIT", "Indian Institute of Technology", "University of California", "UMass",
     "University of Texas", "University of Illinois", "ENS", "中大", "交大", "东大", "School of EEE, NTU"],
)
def test_ambiguous_names_map_to_none(text):
    assert lookup(text) is None


def test_ambiguous_iit_lists_every_iit():
    could_be = {i.name for i in ambiguous("IIT")}
    assert {"Indian Institute of Technology Bombay", "Indian Institute of Technology Goa",
            "Illinois Institute of Technology", "Istituto Italiano di Tecnologia"} <= could_be
    assert ambiguous("Zhejiang University") == ()


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ph.D. in Computer Science from Zhejiang University in 2018", "Zhejiang University"),
        ("B.S. Zhejiang University, 2014-2018", "Zhejiang University"),
        ("studied at the University of Tokyo", "The University of Tokyo"),
        ("PhD from Stanford in 2019", "Stanford University"),
        ("Visiting student at MIT; PhD at Stanford University", "Massachusetts Institute of Technology"),
        ("本科毕业于浙江大学计算机学院", "Zhejiang University"),
        ("Zhejiang University", "Zhejiang University"),
    ],
)
def test_find_looks_inside_running_text(text, name):
    assert find(text).name == name


@pytest.mark.parametrize(
    "text",
    ["The George Washington University Hospital", "Berkeley College", "I love the University of Washington Huskies",
     "ViT backbones, GANs and diffusion models", "Research Intern, Microsoft Research Asia, Beijing"],
)
def test_find_does_not_guess(text):
    assert find(text) is None


def test_an_institution_has_its_names():
    zju = lookup("ZJU")
    assert isinstance(zju, Institution)
    assert zju.names[0] == "Zhejiang University" and "浙江大学" in zju.names and "ZJU" in zju.names


# The data


def _raw() -> dict:
    return json.loads(resources.files("candidates.parsing").joinpath("data/institutions.json").read_text("utf-8"))


def test_every_entry_has_a_name_and_no_canonical_name_is_repeated():
    entries = _raw()["institutions"]
    names = [entry["name"] for entry in entries]
    assert all(isinstance(name, str) and name.strip() == name and name for name in names)
    assert len(names) == len(set(names))
    for entry in entries:
        assert isinstance(entry["aliases"], list) and all(a and a.strip() == a for a in entry["aliases"]), entry


def test_no_alias_names_two_institutions_unless_declared_ambiguous():
    owners: dict[str, set[str]] = defaultdict(set)
    for institution in institutions.all_institutions():
        for name in institution.names:
            owners[institutions._key(name)].add(institution.name)
    declared = {institutions._key(entry["name"]) for entry in _raw()["ambiguous"]}
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
    assert declared.isdisjoint(owners), "an ambiguous name is also an institution's alias"
    assert "" not in owners


def test_every_declared_ambiguous_name_lists_known_institutions():
    known = {institution.name for institution in institutions.all_institutions()}
    for entry in _raw()["ambiguous"]:
        assert len(entry["could_be"]) >= 2 and set(entry["could_be"]) <= known, entry["name"]


def test_every_name_in_the_data_finds_its_own_institution():
    wrong = [(name, institution.name) for institution in institutions.all_institutions()
             for name in institution.names if lookup(name) is not institution]
    assert wrong == []


def test_the_vocabulary_is_broad():
    everything = institutions.all_institutions()
    assert len(everything) >= 400
    names = {institution.name for institution in everything}
    for name in ["Massachusetts Institute of Technology", "Tsinghua University", "Peking University",
                 "Northwestern Polytechnical University", "Minzu University of China", "Xidian University",
                 "National University of Defense Technology", "The University of Hong Kong", "University of Macau",
                 "National Tsing Hua University", "Kyoto University", "Korea University",
                 "National University of Singapore",
                 "Indian Institute of Technology Madras", "National Institute of Technology, Warangal",
                 "University of Oxford", "ETH Zürich", "Weizmann Institute of Science", "University of Melbourne",
                 "University of Toronto", "Mila – Quebec Artificial Intelligence Institute",
                 "Chinese Academy of Sciences"]:
        assert name in names


def test_lookup_is_fast():
    texts = ["Zhejiang University", "ZJU", "浙江大学计算机科学与技术学院", "Zhejiang University, Hangzhou, China",
             "School of Computer Science, Fudan University", "University of Illinois at Urbana-Champaign",
             "Unknown Institute of Nowhere, Springfield, IL",
             "Beijing University of Posts and Telecommunications (BUPT)"]
    lookup("warm up the index")
    start = time.perf_counter()
    for _ in range(100):
        for text in texts:
            lookup(text)
    per_call = (time.perf_counter() - start) / (100 * len(texts))
    assert per_call < 200e-6  # about 15 µs measured; the bound only catches a regression by an order of magnitude
