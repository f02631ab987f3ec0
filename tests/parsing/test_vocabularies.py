import pytest

from candidates.parsing import skills, venues


@pytest.mark.parametrize(
    "name, short",
    [
        ("ICCV'2019", "ICCV"),
        ("IEEE International Conference on Image Processing", "ICIP"),
        ("iccv", "ICCV"),
        ("NeurIPS 2020", "NeurIPS"),
        ("NIPS", "NeurIPS"),
        ("CVPR'21", "CVPR"),
        ("T-RO", "T-RO"),
        ("IEEE Robotics and Automation Letters", "RA-L"),
        ("ACM Transactions on Computer-Human Interaction", "TOCHI"),
        ("Multimedia Information Processing and Retrieval", "MIPR"),
        ("Conference on Empirical Methods in Natural Language Processing", "EMNLP"),
        ("TPAMI", "TPAMI"),
    ],
)
def test_venue_lookup_by_alias(name, short):
    venue = venues.lookup(name)
    assert venue is not None and venue.short == short


@pytest.mark.parametrize(
    "citation, short",
    [
        ("In 2020 IEEE International Conference on Image Processing (ICIP) (pp. 1866-1870). IEEE.", "ICIP"),
        ("Accepted by the AAAI Conference on Artificial Intelligence, 2021.", "AAAI"),
        ("In Proceedings of the ACM on Human-Computer Interaction 5, CSCW2, Article 412 (CSCW '21).", "CSCW"),
        ("ICCV'2019 Oral(4.3%)", "ICCV"),
        ("Proceedings of the 28th ACM SIGKDD Conference on Knowledge Discovery and Data Mining (KDD '22)", "KDD"),
        ("In Proc. ICRA 2022, pp. 1-8", "ICRA"),
    ],
)
def test_venue_found_inside_a_citation(citation, short):
    venue = venues.venue_of(citation)
    assert venue is not None and venue.short == short


def test_a_longer_unknown_name_is_not_a_known_venue():
    assert venues.venue_of("International Conference on Computer Vision and Pattern Analysis, 2021.") is None


def test_venue_data_is_broad_and_tiered():
    everything = venues.all_venues()
    assert len(everything) >= 150
    shorts = {v.short for v in everything}
    for short in ["CVPR", "ICCV", "ECCV", "NeurIPS", "ICML", "ICLR", "AAAI", "ACL", "EMNLP", "KDD", "SIGIR",
                  "TPAMI", "IJCV", "CHI", "CSCW", "TOCHI", "ICRA", "T-RO", "RA-L", "MIPR", "ICIP"]:
        assert short in shorts
    assert venues.lookup("CVPR").tier == "A*" and venues.lookup("CVPR").is_top
    assert {v.kind for v in everything} == {"conference", "journal"}
    assert venues.search("robot")


@pytest.mark.parametrize(
    "name, canonical",
    [("Pytorch", "pytorch"), ("C + +", "c++"), ("Tensorflow 2", "tensorflow"), ("sklearn", "scikit-learn"),
     ("Postgres", "postgresql"), ("golang", "go"), ("K8s", "kubernetes"), ("NodeJS", "node.js"),
     ("React.js", "react"), ("HuggingFace", "hugging face"), ("Python3", "python")],
)
def test_skill_lookup_by_alias(name, canonical):
    skill = skills.lookup(name)
    assert skill is not None and skill.name == canonical


def test_skill_data_is_broad_and_categorised():
    everything = skills.all_skills()
    assert len(everything) >= 300
    assert skills.lookup("python").category == "language"
    assert skills.lookup("pytorch").category == "framework"
    assert {s.name for s in skills.search("torch")} >= {"pytorch"}


@pytest.mark.parametrize(
    "text, found",
    [
        ("Python, C/C++, Java, Matlab", ["python", "c", "c++", "java", "matlab"]),
        ("SQL (Postgres)", ["sql", "postgresql"]),
        ("Python (pandas, scikit-learn)", ["python", "pandas", "scikit-learn"]),
        ("PYTHON > C + + > C > JAVA > HTML + CSS", ["python", "c++", "c", "java", "html", "css"]),
        ("Python (Proficient), Docker (Basic)", ["python", "docker"]),
        ("English, Chinese", []),
        ("Deep Learning Frameworks", []),
    ],
)
def test_skills_in_a_line(text, found):
    assert skills.skills_in(text) == found
