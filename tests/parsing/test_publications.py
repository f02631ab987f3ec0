import pytest

from candidates.parsing.publications import mark_first_author, parse_citation, split_authors


@pytest.mark.parametrize(
    "text, title, venue, year, authors",
    [
        (
            'P. Raghavan, S. Kumar, and R. Natarajan, "A low-power FIR filter using approximate multipliers," in '
            "Proc. IEEE International Symposium on Smart Electronic Systems (iSES), Rourkela, India, Dec. 2019.",
            "A low-power FIR filter using approximate multipliers", "iSES", 2019,
            ["P. Raghavan", "S. Kumar", "R. Natarajan"],
        ),
        (
            "Hargreaves, E. M., Ashworth, T., & Cole, A. L. (2023). Notification fatigue in clinical handover: A "
            "mixed-methods study. ACM Transactions on Computer-Human Interaction, 30(4), 1–31.",
            "Notification fatigue in clinical handover: A mixed-methods study", "TOCHI", 2023,
            ["E. M. Hargreaves", "T. Ashworth", "A. L. Cole"],
        ),
        (
            "Ann Lee, Tom Ray, and Bo Li. 2022. Quiet Hours: A Field Study. In Proceedings of the 2022 CHI Conference "
            "on Human Factors in Computing Systems (CHI '22). ACM, 1–15.",
            "Quiet Hours: A Field Study", "CHI", 2022, ["Ann Lee", "Tom Ray", "Bo Li"],
        ),
        (
            "Wang, X. and Li, Y., 2020, October. Gradient Training For Multi-Exit Architectures. In 2020 IEEE "
            "International Conference on Image Processing (ICIP) (pp. 1866-1870). IEEE.",
            "Gradient Training For Multi-Exit Architectures", "ICIP", 2020, ["X. Wang", "Y. Li"],
        ),
        (
            "Lane Extraction: A Hough Transform Based Approach: by Ann Wang, Da Yan, et al. Proceedings of IEEE 3rd "
            "International Conference on Multimedia Information Processing and Retrieval, August 2020.",
            "Lane Extraction: A Hough Transform Based Approach", "MIPR", 2020, ["Ann Wang", "Da Yan"],
        ),
        (
            "Ann Xiong, Xin Wen, Xu Zhao*. Two-level Iteration Method for Multi-task Learning, International "
            "Conference on Computer Vision and Pattern Analysis, 2021.",
            "Two-level Iteration Method for Multi-task Learning",
            "International Conference on Computer Vision and Pattern Analysis", 2021,
            ["Ann Xiong", "Xin Wen", "Xu Zhao"],
        ),
        (
            "Lee, K., & Park, J. (2021). Older adults and phones. Behaviour & Information Technology, 40(11), 1–9.",
            "Older adults and phones", "Behaviour & Information Technology", 2021, ["K. Lee", "J. Park"],
        ),
    ],
)
def test_it_parses_citation_styles(text, title, venue, year, authors):
    pub = parse_citation(text)
    assert pub.title == title
    assert pub.venue == venue
    assert pub.year == year
    assert list(pub.authors) == authors


def test_it_reads_a_title_authors_venue_block():
    lines = ["Non-local Recurrent Neural Memory for Sequence Modeling", "Ann Fu, Bo Cao, Chaopeng Zhang",
             "ICCV'2019 Oral"]
    pub = parse_citation(" ".join(lines), lines)
    assert (pub.title, pub.venue, pub.year) == ("Non-local Recurrent Neural Memory for Sequence Modeling", "ICCV", 2019)


def test_surname_first_lists_are_turned_round():
    assert split_authors("Wang, Xinglu and Li, Yingming") == ["Xinglu Wang", "Yingming Li"]


def test_first_author_follows_the_candidate_name():
    pubs = [parse_citation("Ann Lee and Bo Li. 2020. A Title Here. In CVPR."),
            parse_citation("Bo Li and Ann Lee. 2021. Another Title. In ICCV.")]
    marked = mark_first_author(pubs, "Ann B. Lee")
    assert [p.first_author for p in marked] == [True, False]
    unnamed = mark_first_author(pubs, None)  # the author common to every paper stands in
    assert [p.first_author for p in unnamed] == [True, False]
