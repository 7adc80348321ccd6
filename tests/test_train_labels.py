"""Training labels of the block classifier (`newsmill.bench.train.align`)."""

from newsmill.bench.train import align

TRUTH = ("The harbour board voted to dredge the eastern channel before the spring tides.\n"
         "Fishermen said the work was overdue.")


def test_block_with_all_its_trigrams_in_truth_is_content():
    assert list(align(["The harbour board voted to dredge the eastern channel before the spring tides."], TRUTH)) == [1]


def test_block_with_half_of_its_trigrams_is_content():
    # 8 trigrams, 4 of them in the ground truth
    assert list(align(["The harbour board voted to dredge a costly plan nobody"], TRUTH)) == [1]


def test_block_with_two_fifths_of_its_trigrams_is_not_content():
    # 10 trigrams, 4 in the ground truth
    assert list(align(["The harbour board voted to dredge a costly plan nobody had seen"], TRUTH)) == [0]


def test_short_block_must_equal_a_truth_line():
    assert list(align(["Fishermen said", "Fishermen said the work was overdue."], TRUTH)) == [0, 1]
