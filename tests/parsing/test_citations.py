"""Citation styles, one test case per citation: title, authors in order, venue, year, the candidate's author
position, status, workshop and the marks on the candidate's name.

Every person below is invented; the venues are real. The candidate's name is printed in many forms: in full,
as initials ('X. Wang', 'Wang, X.', 'XL Wang', 'H.-Y. He'), family name first, in Chinese.
"""

from dataclasses import dataclass, field

import pytest

from candidates.parsing.citations import position_of, same_person, status_of
from candidates.parsing.publications import parse_citation, parse_publications

from .rows import row


@dataclass
class Case:
    text: str
    candidate: str
    title: str
    authors: list[str]
    venue: str | None
    year: int | None
    position: int | None
    status: str = "published"
    workshop: bool = False
    equal: bool = False
    corresponding: bool = False
    lines: list[str] = field(default_factory=list)


CASES = {
    # ---------------------------------------------------------------- IEEE
    "ieee-conference": Case(
        'X. Wang, M. Holt, and P. Orlov, "Sparse attention for event cameras," in Proc. IEEE/CVF Conf. Comput. Vis. '
        "Pattern Recognit. (CVPR), Vancouver, Canada, 2023, pp. 2019–2027.",
        "Xinyu Wang", "Sparse attention for event cameras", ["X. Wang", "M. Holt", "P. Orlov"], "CVPR", 2023, 1,
    ),
    "ieee-journal-pages-look-like-years": Case(
        'M. Holt, X. Wang, and P. Orlov, "Learning to route packets with graph networks," IEEE Trans. Pattern Anal. '
        "Mach. Intell., vol. 45, no. 3, pp. 2011–2020, Mar. 2022.",
        "Xinyu Wang", "Learning to route packets with graph networks", ["M. Holt", "X. Wang", "P. Orlov"], "TPAMI",
        2022, 2,
    ),
    "ieee-arxiv-preprint": Case(
        'P. Orlov, H.-Y. He, and M. Holt, "Token merging for long videos," arXiv preprint arXiv:2012.04567, 2023.',
        "Hong-Yu He", "Token merging for long videos", ["P. Orlov", "H.-Y. He", "M. Holt"], "arXiv", 2023, 2,
        status="preprint",
    ),
    "ieee-workshop": Case(
        'L. Brandt and XL Wang, "Depth from defocus in the wild," in Proc. IEEE/CVF Conf. Comput. Vis. Pattern '
        "Recognit. Workshops (CVPRW), 2022, pp. 101–109.",
        "Xiaolan Wang", "Depth from defocus in the wild", ["L. Brandt", "XL Wang"], "CVPRW", 2022, 2, workshop=True,
    ),
    "ieee-et-al-truncated": Case(
        'M. Holt, P. Orlov, X. Wang, et al., "Calibrated uncertainty for lidar detection," in ICCV, 2021, '
        "pp. 1234–1242.",
        "Xinyu Wang", "Calibrated uncertainty for lidar detection", ["M. Holt", "P. Orlov", "X. Wang"], "ICCV", 2021, 3,
    ),
    "ieee-equal-contribution-mark": Case(
        'J. Ferro*, X. Wang*, and M. Holt†, "Neural fields for soft robots," in Proc. Conference on Robot Learning '
        "(CoRL), 2024.",
        "Xinyu Wang", "Neural fields for soft robots", ["J. Ferro", "X. Wang", "M. Holt"], "CoRL", 2024, 2, equal=True,
    ),
    # ---------------------------------------------------------------- ACM
    "acm-conference": Case(
        "Mira Holt, Xinyu Wang, and Pavel Orlov. 2022. Quiet Hours: Notification Batching in the Wild. In Proceedings "
        "of the 2022 CHI Conference on Human Factors in Computing Systems (CHI '22). ACM, New York, NY, USA, 1–15.",
        "Xinyu Wang", "Quiet Hours: Notification Batching in the Wild", ["Mira Holt", "Xinyu Wang", "Pavel Orlov"],
        "CHI", 2022, 2,
    ),
    "acm-journal": Case(
        "Xinyu Wang and Mira Holt. 2021. Shared Calendars for Care Teams. ACM Trans. Comput.-Hum. Interact. 28, 4, "
        "Article 31 (2021), 24 pages.",
        "Xinyu Wang", "Shared Calendars for Care Teams", ["Xinyu Wang", "Mira Holt"], "TOCHI", 2021, 1,
    ),
    # ---------------------------------------------------------------- APA
    "apa-journal": Case(
        "Holt, M., Wang, X., & Orlov, P. (2021). Older adults and voice assistants: A diary study. Behaviour & "
        "Information Technology, 40(11), 1123–1139.",
        "Xinyu Wang", "Older adults and voice assistants: A diary study", ["M. Holt", "X. Wang", "P. Orlov"],
        "Behaviour & Information Technology", 2021, 2,
    ),
    "apa-in-press": Case(
        "Wang, X., & Holt, M. (in press). Measuring trust in triage chatbots. Journal of Medical Internet Research.",
        "Xinyu Wang", "Measuring trust in triage chatbots", ["X. Wang", "M. Holt"], "Journal of Medical Internet Research",
        None, 1, status="accepted",
    ),
    "apa-conference": Case(
        "Orlov, P., Ferro, J., & Wang, X. (2020). Gradient noise for federated averaging. In International Conference "
        "on Machine Learning (pp. 7001–7010). PMLR.",
        "Xinyu Wang", "Gradient noise for federated averaging", ["P. Orlov", "J. Ferro", "X. Wang"], "ICML", 2020, 3,
    ),
    # ---------------------------------------------------------------- Chicago
    "chicago-author-date": Case(
        'Holt, Mira, Xinyu Wang, and Pavel Orlov. 2020. "Robust Policies for Legged Robots." In Proceedings of the '
        "IEEE International Conference on Robotics and Automation, 123–130.",
        "Xinyu Wang", "Robust Policies for Legged Robots", ["Mira Holt", "Xinyu Wang", "Pavel Orlov"], "ICRA", 2020, 2,
    ),
    "chicago-notes-bibliography": Case(
        'Wang, Xinyu, and Mira Holt. "Protein Folding with Sparse Priors." Nature Communications 12 (2021): 1–9.',
        "Xinyu Wang", "Protein Folding with Sparse Priors", ["Xinyu Wang", "Mira Holt"], "Nature Communications",
        2021, 1,
    ),
    # ---------------------------------------------------------------- Springer LNCS
    "lncs-conference": Case(
        "Holt, M., Wang, X., Orlov, P.: Few-shot segmentation of histology slides. In: Medical Image Computing and "
        "Computer Assisted Intervention (MICCAI). LNCS, vol. 13431, pp. 210–220. Springer, Cham (2022)",
        "Xinyu Wang", "Few-shot segmentation of histology slides", ["M. Holt", "X. Wang", "P. Orlov"], "MICCAI", 2022, 2,
    ),
    "lncs-eccv": Case(
        "Wang, X., Ferro, J.: Occlusion-aware tracking. In: European Conference on Computer Vision. pp. 1–17. "
        "Springer (2020)",
        "Xinyu Wang", "Occlusion-aware tracking", ["X. Wang", "J. Ferro"], "ECCV", 2020, 1,
    ),
    # ---------------------------------------------------------------- Nature
    "nature-journal": Case(
        "Holt, M., Wang, X. & Orlov, P. Self-supervised denoising of cryo-EM maps. Nat. Mach. Intell. 4, 123–130 (2022).",
        "Xinyu Wang", "Self-supervised denoising of cryo-EM maps", ["M. Holt", "X. Wang", "P. Orlov"],
        "Nature Machine Intelligence", 2022, 2,
    ),
    "nature-conference": Case(
        "Wang, X. & Ferro, J. Sparse coding for tactile sensing. In Proc. Conference on Robot Learning 512–520 (2023).",
        "Xinyu Wang", "Sparse coding for tactile sensing", ["X. Wang", "J. Ferro"], "CoRL", 2023, 1,
    ),
    "nature-et-al": Case(
        "Holt, M. et al. Protein design with diffusion. Nature 600, 101–105 (2021).",
        "Mira Holt", "Protein design with diffusion", ["M. Holt"], "Nature", 2021, 1,
    ),
    # ---------------------------------------------------------------- Harvard, MLA, Vancouver
    "harvard-single-quotes": Case(
        "Holt, M., Wang, X. and Orlov, P. (2019) 'Contrastive pretraining for speech', Journal of Machine Learning "
        "Research, 20(3), pp. 45–67.",
        "Xinyu Wang", "Contrastive pretraining for speech", ["M. Holt", "X. Wang", "P. Orlov"], "JMLR", 2019, 2,
    ),
    "mla-et-al": Case(
        'Holt, Mira, et al. "Adaptive Sampling for Neural Rendering." Proceedings of the IEEE/CVF International '
        "Conference on Computer Vision, 2021, pp. 1–9.",
        "Mira Holt", "Adaptive Sampling for Neural Rendering", ["Mira Holt"], "ICCV", 2021, 1,
    ),
    "vancouver": Case(
        "Holt M, Wang X, Orlov P. Deep learning for retinal screening. Lancet Digit Health. 2020;2(10):e497-e506.",
        "Xinyu Wang", "Deep learning for retinal screening", ["M Holt", "X Wang", "P Orlov"], "Lancet Digit Health",
        2020, 2,
    ),
    "vancouver-two-initials": Case(
        "Wang XL, Holt M, Orlov P. Graph coarsening at scale. In: KDD 2021. p. 100-108.",
        "Xiaolan Wang", "Graph coarsening at scale", ["XL Wang", "M Holt", "P Orlov"], "KDD", 2021, 1,
    ),
    "acs-semicolons": Case(
        "(3)Holt, M.; Orlov, P.; Wang, X. Gradient Noise for Federated Averaging. In International Conference on "
        "Machine Learning; PMLR, 2020; pp 2021–2029.",
        "Xinyu Wang", "Gradient Noise for Federated Averaging", ["M. Holt", "P. Orlov", "X. Wang"], "ICML", 2020, 3,
    ),
    "science-initials-first-comma": Case(
        "8. M. Holt, P. Orlov, X. Wang, Learning to route packets with graph networks. IEEE Trans. Pattern Anal. Mach. "
        "Intell. 12, 2026–2034 (2022).",
        "Xinyu Wang", "Learning to route packets with graph networks", ["M. Holt", "P. Orlov", "X. Wang"], "TPAMI",
        2022, 3,
    ),
    "elsevier-in-colon": Case(
        "[1]M. Holt, X. Wang, P. Orlov, Sparse attention for event cameras, in: CVPR, IEEE, 2023: pp. 2019–2027.",
        "Xinyu Wang", "Sparse attention for event cameras", ["M. Holt", "X. Wang", "P. Orlov"], "CVPR", 2023, 2,
    ),
    "pnas-lowercase-in": Case(
        "2. X. Wang, M. Holt, Calibrated uncertainty for lidar detection in IEEE/CVF International Conference on "
        "Computer Vision, (IEEE, 2021), pp. 2020–2028.",
        "Xinyu Wang", "Calibrated uncertainty for lidar detection", ["X. Wang", "M. Holt"], "ICCV", 2021, 1,
    ),
    "apa7-ellipsis-twenty-plus": Case(
        "Holt, M., Orlov, P., Ferro, J., Brandt, L., Dunn, D., Ekberg, E., Falk, F., Grau, G., Hoch, H., Ilic, I., "
        "Jost, J., Kern, K., Li, M., Zhang, H., Abbot, A., Castro, C., Nagy, N., Ortiz, O., Prinz, P., … Wang, X. "
        "(2024). Digitizing touch with a multimodal fingertip. Science Robotics, 9(86), eadk1234.",
        "Xinyu Wang", "Digitizing touch with a multimodal fingertip",
        ["M. Holt", "P. Orlov", "J. Ferro", "L. Brandt", "D. Dunn", "E. Ekberg", "F. Falk", "G. Grau", "H. Hoch",
         "I. Ilic", "J. Jost", "K. Kern", "M. Li", "H. Zhang", "A. Abbot", "C. Castro", "N. Nagy", "O. Ortiz",
         "P. Prinz", "X. Wang"], "Science Robotics", 2024, 20,
    ),
    "iop-no-punctuation": Case(
        "[3] Holt M, Orlov P, Ferro J and Wang X 2020 Gradient noise for federated averaging International Conference "
        "on Machine Learning (PMLR) pp 2021–9",
        "Xinyu Wang", "Gradient noise for federated averaging", ["M Holt", "P Orlov", "J Ferro", "X Wang"], "ICML", 2020, 4,
    ),
    "iop-journal": Case(
        "Wang X, Holt M and Orlov P 2021 Self-supervised denoising of cryo-EM maps Nat. Mach. Intell. 12 2027–35",
        "Xinyu Wang", "Self-supervised denoising of cryo-EM maps", ["X Wang", "M Holt", "P Orlov"],
        "Nature Machine Intelligence", 2021, 1,
    ),
    "vancouver-title-with-commas": Case(
        "Holt M, Wang X. Replicate, walk, and stop on syntax: an effective model. In: Annual Meeting of the "
        "Association for Computational Linguistics. ACL; 2020:2033-2041.",
        "Xinyu Wang", "Replicate, walk, and stop on syntax: an effective model", ["M Holt", "X Wang"], "ACL", 2020, 2,
    ),
    "pnas-in-known-venue": Case(
        "19. M. Holt, P. Orlov, X. Wang, Self-supervised learning of speech representations at scale in Interspeech, "
        "(ISCA, 2021), pp. 2037–2045.",
        "Xinyu Wang", "Self-supervised learning of speech representations at scale", ["M. Holt", "P. Orlov", "X. Wang"],
        "INTERSPEECH", 2021, 3,
    ),
    "gbt-single-author-capitals": Case(
        "[17]WANG X. Learning to see in the dark with 10x fewer photons//European Conference on Computer Vision. "
        "Springer, 2018: 2035-2043.",
        "Xinyu Wang", "Learning to see in the dark with 10x fewer photons", ["X WANG"], "ECCV", 2018, 1,
    ),
    # ---------------------------------------------------------------- GB/T 7714
    "gbt-chinese-journal": Case(
        "王新宇, 李明, 张华. 基于对比学习的长尾推荐方法[J]. 计算机学报, 2023, 46(5): 1021-1035.",
        "王新宇", "基于对比学习的长尾推荐方法", ["王新宇", "李明", "张华"], "计算机学报", 2023, 1,
    ),
    "gbt-english-conference": Case(
        "HOLT M, WANG X, ORLOV P. Video object segmentation with memory[C]//Proceedings of the IEEE/CVF Conference on "
        "Computer Vision and Pattern Recognition. 2021: 1201-1210.",
        "Xinyu Wang", "Video object segmentation with memory", ["M HOLT", "X WANG", "P ORLOV"], "CVPR", 2021, 2,
    ),
    "gbt-english-no-type-code": Case(
        "[2]WANG X, HOLT M, ORLOV P, 等. Calibrated uncertainty for lidar detection//IEEE/CVF International "
        "Conference on Computer Vision. IEEE, 2021: 2020-2028.",
        "Xinyu Wang", "Calibrated uncertainty for lidar detection", ["X WANG", "M HOLT", "P ORLOV"], "ICCV", 2021, 1,
    ),
    "gbt-et-al": Case(
        "李明, 王新宇, 张华, 等. 面向边缘设备的模型压缩[J]. 软件学报, 2022, 33(4): 1-20.",
        "王新宇", "面向边缘设备的模型压缩", ["李明", "王新宇", "张华"], "软件学报", 2022, 2,
    ),
    # ---------------------------------------------------------------- homemade CV styles
    "homemade-title-authors-venue": Case(
        "Sparse Mixture Routing for Long Contexts. Mira Holt, Xinyu Wang, Pavel Orlov. NeurIPS 2023.",
        "Xinyu Wang", "Sparse Mixture Routing for Long Contexts", ["Mira Holt", "Xinyu Wang", "Pavel Orlov"],
        "NeurIPS", 2023, 2,
    ),
    "homemade-venue-year-title-role": Case(
        "CVPR 2021, Regularizing Networks via Adversarial Weight Noise, first author",
        "Xinyu Wang", "Regularizing Networks via Adversarial Weight Noise", [], "CVPR", 2021, 1,
    ),
    "homemade-chinese-role": Case(
        "IJCAI 2022，《Robust Labelling of Perturbed Samples》，第二作者；",
        "王新宇", "Robust Labelling of Perturbed Samples", [], "IJCAI", 2022, 2,
    ),
    "homemade-bracketed-venue": Case(
        "[CVPR'23] Temporal Consistency for Video Matting. Xinyu Wang, Mira Holt.",
        "Xinyu Wang", "Temporal Consistency for Video Matting", ["Xinyu Wang", "Mira Holt"], "CVPR", 2023, 1,
    ),
    "homemade-quoted-title": Case(
        "Mira Holt, Xinyu Wang, “Temporal Consistency for Video Matting”, CVPR 2022 (Oral).",
        "Xinyu Wang", "Temporal Consistency for Video Matting", ["Mira Holt", "Xinyu Wang"], "CVPR", 2022, 2,
    ),
    "numbered-item": Case(
        'J2. M. Holt and X. Wang, "Graph coarsening at scale," IEEE Transactions on Knowledge and Data Engineering, '
        "2021.",
        "Xinyu Wang", "Graph coarsening at scale", ["M. Holt", "X. Wang"], "TKDE", 2021, 2,
    ),
    "homemade-corresponding-chinese-note": Case(
        "Mira Holt, Xinyu Wang（通讯作者）. Robust Policies for Legged Robots. ICRA 2023.",
        "Xinyu Wang", "Robust Policies for Legged Robots", ["Mira Holt", "Xinyu Wang"], "ICRA", 2023, 2,
        corresponding=True,
    ),
    "homemade-iccv-workshops": Case(
        "Xinyu Wang, Mira Holt. Few-shot Anomaly Detection. In ICCV Workshops, 2021.",
        "Xinyu Wang", "Few-shot Anomaly Detection", ["Xinyu Wang", "Mira Holt"], "ICCV", 2021, 1, workshop=True,
    ),
    "homemade-full-names-and-title-by-commas": Case(
        "Mira Holt, Xinyu Wang, and Pavel Orlov, Replicate, Walk, and Stop on Syntax, in Proceedings of AAAI 2020.",
        "Xinyu Wang", "Replicate, Walk, and Stop on Syntax", ["Mira Holt", "Xinyu Wang", "Pavel Orlov"], "AAAI", 2020, 2,
    ),
    "homemade-title-comma-venue": Case(
        "Deformable Convolutional Networks, ICCV 2017", "Xinyu Wang", "Deformable Convolutional Networks", [], "ICCV",
        2017, None,
    ),
    "homemade-venue-in-its-own-cell": Case(
        "Sparse Probing of Language Models\tUnder review", "Xinyu Wang", "Sparse Probing of Language Models", [], None,
        None, None, status="under_review",
    ),
    "homemade-chinese-title-first-author": Case(
        "CVPR 2021，《基于对比学习的推荐》，第一作者", "王新宇", "基于对比学习的推荐", [], "CVPR", 2021, 1,
    ),
    "homemade-under-review": Case(
        "Xinyu Wang, Mira Holt. Diffusion Priors for Inverse Rendering. Under review at ICLR 2025.",
        "Xinyu Wang", "Diffusion Priors for Inverse Rendering", ["Xinyu Wang", "Mira Holt"], "ICLR", 2025, 1,
        status="under_review",
    ),
    "homemade-to-appear-co-first": Case(
        "Mira Holt*, Xinyu Wang* (co-first authors). Graph Priors for Scene Completion. To appear in AAAI 2025.",
        "Xinyu Wang", "Graph Priors for Scene Completion", ["Mira Holt", "Xinyu Wang"], "AAAI", 2025, 2,
        status="accepted", equal=True,
    ),
    "homemade-family-first-names": Case(
        "WANG Xinyu, HOLT Mira. Event-based Optical Flow with Spiking Networks. ECCV 2022.",
        "Xinyu Wang", "Event-based Optical Flow with Spiking Networks", ["WANG Xinyu", "HOLT Mira"], "ECCV", 2022, 1,
    ),
    "homemade-workshop": Case(
        "Xinyu Wang, Mira Holt. Probing Arithmetic in Language Models. NeurIPS 2023 Workshop on Mathematical "
        "Reasoning.",
        "Xinyu Wang", "Probing Arithmetic in Language Models", ["Xinyu Wang", "Mira Holt"], "NeurIPS", 2023, 1,
        workshop=True,
    ),
    "homemade-corresponding": Case(
        "Mira Holt, Pavel Orlov, Xinyu Wang†. Federated Learning on Wearables. IEEE Transactions on Mobile Computing, "
        "2024.",
        "Xinyu Wang", "Federated Learning on Wearables", ["Mira Holt", "Pavel Orlov", "Xinyu Wang"], "TMC", 2024, 3,
        corresponding=True,
    ),
    "typst-hyphen-and-ligatures": Case(
        "Zhao\u2010Heng Yin, Mira Holt. E\ufb03cient Di\ufb00usion for Robot Control. ICRA 2024.",
        "Zhao-Heng Yin", "Efficient Diffusion for Robot Control", ["Zhao-Heng Yin", "Mira Holt"], "ICRA", 2024, 1,
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_citation_styles(case: Case):
    pub = parse_citation(case.text, case.lines or None, candidate=case.candidate)
    assert pub is not None
    assert pub.title == case.title
    assert list(pub.authors) == case.authors
    assert pub.venue == case.venue
    assert pub.year == case.year
    assert pub.author_position == case.position
    assert pub.first_author == (case.position == 1 if case.position or case.authors else None)
    assert pub.status == case.status
    assert pub.workshop == case.workshop
    assert pub.equal_contribution == case.equal
    assert pub.corresponding == case.corresponding


def test_twenty_plus_authors_keep_their_order():
    others = [f"{given} {family}" for given, family in zip(
        ["Ana", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon", "Kai", "Lea", "Max", "Ned", "Oda", "Pia",
         "Quin", "Rex", "Sol", "Tia", "Uma", "Val"],
        ["Abbot", "Brandt", "Castro", "Dunn", "Ekberg", "Falk", "Grau", "Hoch", "Ilic", "Jost", "Kern", "Lund", "Mohr",
         "Nagy", "Ortiz", "Prinz", "Quast", "Rossi", "Stahl", "Tamm", "Ueda", "Voss"])]
    authors = others[:16] + ["Xinyu Wang"] + others[16:]
    text = ", ".join(authors[:-1]) + ", and " + authors[-1] + ". Digitizing Touch with a Multimodal Fingertip. Science " \
        "Robotics, 2024."
    pub = parse_citation(text, candidate="Xinyu Wang")
    assert list(pub.authors) == authors
    assert pub.author_position == 17
    assert pub.title == "Digitizing Touch with a Multimodal Fingertip"


def _rows(*lines, bold_first=False, markers=False):
    return [row(line, top=100 + 14 * i, bold=bold_first and i == 0, marker=f"[{i + 1}]" if markers else "")
            for i, line in enumerate(lines)]


def test_a_title_authors_venue_block_with_a_legend():
    rows = _rows(
        "Graph Priors for Scene Completion",
        "Mira Holt†, Xinyu Wang*, Pavel Orlov*",
        "In Submission - IEEE Robotics and Automation Letters (RA-L), 2025",
    ) + [row("* equal contribution, † corresponding author", top=200)]
    pubs = parse_publications(rows, "Xinyu Wang")
    assert len(pubs) == 1
    pub = pubs[0]
    assert (pub.title, pub.venue, pub.year) == ("Graph Priors for Scene Completion", "RA-L", 2025)
    assert list(pub.authors) == ["Mira Holt", "Xinyu Wang", "Pavel Orlov"]
    assert (pub.author_position, pub.first_author, pub.equal_contribution, pub.corresponding) == (2, False, True, False)
    assert pub.status == "under_review"


def test_a_legend_can_give_a_mark_another_meaning():
    rows = [row('X. Wang† and M. Holt†, "Contact-rich assembly with tactile servoing," in Proc. ICRA, 2023.', top=100,
                marker="[1]"),
            row("† equal contribution", top=120)]
    pub = parse_publications(rows, "Xinyu Wang")[0]
    assert (pub.equal_contribution, pub.corresponding) == (True, False)


def test_a_numbered_item_with_a_year_column_and_a_venue_line():
    rows = [row("2024", "P.3", "Mira Holt, Xinyu Wang*, Pavel Orlov. Learning Dexterous Grasps from", top=100),
            row("Imperfect Simulations.", top=114),
            row("International Conference on Robotics and Automation (ICRA), 2025", top=140)]
    pubs = parse_publications(rows, "Xinyu Wang")
    assert [(p.title, p.venue, p.year, p.author_position, p.equal_contribution) for p in pubs] == [
        ("Learning Dexterous Grasps from Imperfect Simulations", "ICRA", 2025, 2, True)]


def test_chinese_name_found_in_a_chinese_author_list():
    assert position_of("王新宇", ["李明", "王新宇*", "张华"]) == 2


@pytest.mark.parametrize("printed", ["X. Wang", "Wang, X.", "XL Wang", "X.-L. Wang", "Xiaolan Wang", "WANG Xiaolan",
                                     "Wang Xiaolan", "X. L. Wang", "Wang X"])
def test_the_candidate_is_found_in_every_name_form(printed):
    from candidates.parsing.publications import split_authors

    name = split_authors(printed)[0]
    assert same_person("Xiaolan Wang", name), name


@pytest.mark.parametrize("printed", ["Y. Wang", "Xiaoming Wang", "X. Wan", "XM Wang", "Wang Yi"])
def test_someone_else_is_not_the_candidate(printed):
    assert not same_person("Xiaolan Wang", printed)


@pytest.mark.parametrize("text, status", [
    ("In CVPR, 2023.", "published"),
    ("To appear in NeurIPS 2024.", "accepted"),
    ("Accepted at ICLR 2025.", "accepted"),
    ("Under review at TPAMI.", "under_review"),
    ("In submission to ICML 2025.", "under_review"),
    ("Submitted to Nature Methods.", "under_review"),
    ("arXiv preprint arXiv:2401.01234, 2024.", "preprint"),
    ("bioRxiv, 2023.", "preprint"),
    ("Tech Report, July 2024.", "preprint"),
])
def test_status(text, status):
    assert status_of(text) == status


def test_without_a_usable_name_the_bold_author_is_the_candidate():
    from candidates.parsing.layout import Row, Segment
    from candidates.parsing.pdf import Run

    def line(runs, top):
        text = "".join(t for t, _ in runs)
        seg = Segment(text, 50, 50 + 6 * len(text), 10, False, "Helvetica", "", tuple(Run(t, b) for t, b in runs))
        return Row(0, 0, top, top + 10, (seg,), "[1]")

    rows = [line([("M. Holt, ", False), ("X. Wang", True), (", P. Orlov. Sparse attention for event cameras. In CVPR, "
                                                             "2023.", False)], 100),
            line([("X. Wang", True), (", M. Holt. Token merging for long videos. In ICCV, 2021.", False)], 120)]
    for candidate in (None, "王新宇"):  # no name, or a Chinese name that no Latin author list can show
        assert [(p.author_position, p.first_author) for p in parse_publications(rows, candidate)] == [(2, False), (1, True)]


@pytest.mark.parametrize("candidate, printed", [
    ("Mary-Jane van der Berg", "M.-J. van der Berg"), ("José Núñez", "J. Nunez"), ("XINYU WANG", "X. Wang"),
    ("Arya D. McCarthy", "A. D. McCarthy"), ("Arya D. McCarthy", "Arya McCarthy"), ("Zhao-Heng Yin", "ZH Yin"),
])
def test_more_name_forms(candidate, printed):
    assert same_person(candidate, printed)


def test_a_chinese_name_on_a_resume_with_latin_author_lists():
    rows = [row("李明, 王新宇, 张华. 面向边缘设备的模型压缩[J]. 软件学报, 2022, 33(4): 1-20.", top=100, marker="1."),
            row("Xinyu Wang, Ming Li, Hua Zhang. Model Compression for Edge Devices. In ICCV, 2023.", top=120, marker="2."),
            row("Hua Zhang, Xinyu Wang. Pruning at Initialization Revisited. In CVPR, 2022.", top=140, marker="3.")]
    pubs = parse_publications(rows, "王新宇")
    assert [(p.author_position, p.first_author) for p in pubs] == [(2, False), (1, True), (2, False)]


def test_a_single_author_line_is_the_candidate():
    rows = [row("Sparse Mixture of Experts for Text-to-Image Retrieval", top=100, bold=True),
            row("Xinyu Wang", top=114),
            row("International Conference on Machine Learning (ICML), 2023", top=128)]
    pubs = parse_publications(rows, "Xinyu Wang")
    assert [(p.title, list(p.authors), p.venue, p.year, p.author_position) for p in pubs] == [
        ("Sparse Mixture of Experts for Text-to-Image Retrieval", ["Xinyu Wang"], "ICML", 2023, 1)]
    pub = parse_citation("Adaptive Registration with Mixture of Experts. X. Wang. arXiv preprint arXiv:1802.06455, 2023.",
                         candidate="Xinyu Wang")
    assert (list(pub.authors), pub.author_position, pub.status, pub.venue) == (["X. Wang"], 1, "preprint", "arXiv")


def test_a_venue_and_year_cell_before_the_citation():
    rows = [row("CVPR 2024", "Adaptive Segmentation with Attention. M. Holt, X. Wang†. CVPR Workshops.", top=100)]
    pub = parse_publications(rows, "Xinyu Wang")[0]
    assert (pub.title, pub.venue, pub.year, pub.author_position, pub.workshop, pub.corresponding) == (
        "Adaptive Segmentation with Attention", "CVPR", 2024, 2, True, True)


def test_a_date_line_and_a_published_on_line_are_the_year():
    rows = [row("Robust Label Propagation for Place Recognition, International Conference on Machine Learning (ICML)",
                top=100, bold=True),
            row("Published on: Jan 01, 2024", top=114),
            row("Xinyu Wang, Mira Holt", top=128)]
    pub = parse_publications(rows, "Xinyu Wang")[0]
    assert (pub.title, pub.venue, pub.year, pub.author_position) == (
        "Robust Label Propagation for Place Recognition", "ICML", 2024, 1)


def test_a_year_column_a_wrapped_initial_and_venue_lines_inside_the_title_block():
    rows = [row("2022", "Learning Robust Policies for", top=100, bold=True),
            row("Legged Robots", top=112, bold=True),
            row("International Joint Conference on", top=124),
            row("Artificial Intelligence (IJCAI)", top=136),
            row("Holt, M., Wang, X., Choi, J.-", top=160),
            row("w.", top=172)]
    pub = parse_publications(rows, "Xinyu Wang")[0]
    assert (pub.title, pub.venue, pub.year, list(pub.authors), pub.author_position) == (
        "Learning Robust Policies for Legged Robots", "IJCAI", 2022, ["M. Holt", "X. Wang", "J.-w. Choi"], 2)


@pytest.mark.parametrize("text", ["Computer Vision and Pattern Recognition Workshops", "Distillation, NeurIPS Workshops"])
def test_venue_words_are_not_author_names(text):
    from candidates.parsing.publications import _looks_like_authors

    assert not _looks_like_authors(text)


def test_two_full_width_citations_and_a_line_ending_in_an_initial():
    rows = [row('E. Romero and X. Wang, "Rethinking Distillation for Point Clouds," NeurIPS Workshops, 2020.', top=100),
            row('E. Romero, C. Laurent, and X. Wang, "Label Propagation for Super-Resolution," ICIP, 2018.', top=112),
            row("TPAMI 2018", "Label Propagation Meets Question Answering. S.-y.", top=130),
            row("Lim, X. Wang.", "IEEE Transactions on Pattern Analysis and Machine Intelligence", top=142)]
    pubs = parse_publications(rows, "Xinyu Wang")
    assert [(p.title, p.venue, p.year, p.author_position, p.workshop) for p in pubs] == [
        ("Rethinking Distillation for Point Clouds", "NeurIPS", 2020, 2, True),
        ("Label Propagation for Super-Resolution", "ICIP", 2018, 3, False),
        ("Label Propagation Meets Question Answering", "TPAMI", 2018, 2, False)]


def test_a_name_on_none_of_the_papers_gives_way_to_the_author_on_most_of_them():
    rows = [row("Mira Holt, Pavel Orlov. Sparse attention for event cameras. In CVPR, 2023.", top=100, marker="1."),
            row("Pavel Orlov, Mira Holt. Token merging for long videos. In ICCV, 2021.", top=120, marker="2."),
            row("Mira Holt. Quiet hours. In CHI, 2020.", top=140, marker="3.")]
    assert [p.author_position for p in parse_publications(rows, "Curriculum Vitae")] == [1, 2, 1]
    # a name that is on some paper is the candidate's, whoever else is on more of them
    assert [p.author_position for p in parse_publications(rows, "Pavel Orlov")] == [2, 1, None]


def test_the_end_of_a_title_on_an_item_of_its_own():
    rows = [row("P.23", "Mira Holt, Xinyu Wang. A Minimalist Recipe for Dexterous", top=100),
            row("Manipulation.", top=140),
            row("Tech Report, July 2026", top=152)]
    pub = parse_publications(rows, "Xinyu Wang")
    assert [(p.title, p.venue, p.year, p.status) for p in pub] == [
        ("A Minimalist Recipe for Dexterous Manipulation", "Tech Report", 2026, "preprint")]
