package nl.lse.platform.reports;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Small-cell suppression (docs/reports.md, "Disclosure control") over every number one
 * audience can see at once: the cells of all tables, and the lines that tie them together
 * (a row or column and its total, a municipality's cell and the national one, the months
 * of a quarter and the quarter, two tables that share a total).
 *
 * <p>
 * The rule, for every line: a cell below k (but not 0) is suppressed (primary). When the
 * line's total is shown, either none of its parts is suppressed, or at least two are and
 * together they hold at least k; when its total is suppressed, at least one part is too
 * (otherwise the total is their sum). Secondary suppressions are added until every line
 * holds: the smallest non-zero part first, and between periods the newest cell first, so
 * a later quarter does not hide more of the months already published than it must.
 * Suppressions only grow, so this ends, and at the end every line holds: a line that
 * breaks the rule can always suppress one more of its cells.
 */
final class Disclosure {

	private final List<Long> values = new ArrayList<>();

	private final List<Integer> ranks = new ArrayList<>();

	private final List<int[]> lines = new ArrayList<>();

	private final BitSet unshown = new BitSet();

	/**
	 * A cell.
	 * @param rank the period's order (newer is higher), preferred for secondary
	 * suppression between periods
	 * @return its number
	 */
	int cell(long value, int rank) {
		if (value < 0) {
			throw new IllegalArgumentException("A count is never negative: " + value);
		}
		this.values.add(value);
		this.ranks.add(rank);
		return this.values.size() - 1;
	}

	/**
	 * A cell nobody is shown (e.g. the months of a quarter whose reports were not made):
	 * it counts as hidden in its lines from the start.
	 */
	int unshown(long value) {
		int cell = cell(value, Integer.MIN_VALUE);
		this.unshown.set(cell);
		return cell;
	}

	long value(int cell) {
		return this.values.get(cell);
	}

	int cells() {
		return this.values.size();
	}

	/** A line: {@code total} is the sum of {@code parts}. */
	void line(int total, int... parts) {
		int[] line = new int[parts.length + 1];
		line[0] = total;
		System.arraycopy(parts, 0, line, 1, parts.length);
		this.lines.add(line);
	}

	List<int[]> lines() {
		return this.lines;
	}

	/** The cells to suppress, with threshold {@code k}. */
	BitSet suppress(int k) {
		BitSet suppressed = (BitSet) this.unshown.clone();
		for (int cell = 0; cell < this.values.size(); cell++) {
			long value = this.values.get(cell);
			if (value > 0 && value < k) {
				suppressed.set(cell);
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int[] line : this.lines) {
				if (!holds(line, suppressed, k)) {
					suppressed.set(complement(line, suppressed));
					changed = true;
				}
			}
		}
		return suppressed;
	}

	/** Whether the line keeps its suppressed cells hidden (the rule above). */
	boolean holds(int[] line, BitSet suppressed, int k) {
		int count = 0;
		long sum = 0;
		for (int i = 1; i < line.length; i++) {
			if (suppressed.get(line[i])) {
				count++;
				sum += this.values.get(line[i]);
			}
		}
		if (suppressed.get(line[0])) {
			return count >= 1 || line.length == 1;
		}
		return count == 0 || (count >= 2 && sum >= k);
	}

	/**
	 * The next cell of a broken line to suppress: the newest period first; then a part
	 * before the total, the smallest non-zero part before a zero.
	 */
	private int complement(int[] line, BitSet suppressed) {
		int best = -1;
		for (int i = 0; i < line.length; i++) {
			int cell = line[i];
			if (!suppressed.get(cell) && (best < 0 || better(cell, i == 0, best, best == line[0]))) {
				best = cell;
			}
		}
		if (best < 0) {
			throw new IllegalStateException("A broken line with every cell suppressed cannot exist");
		}
		return best;
	}

	private boolean better(int cell, boolean total, int than, boolean thanTotal) {
		int rank = this.ranks.get(cell);
		int thanRank = this.ranks.get(than);
		if (rank != thanRank) {
			return rank > thanRank;
		}
		if (total != thanTotal) {
			return !total;
		}
		long value = this.values.get(cell);
		long thanValue = this.values.get(than);
		if ((value == 0) != (thanValue == 0)) {
			return value != 0;
		}
		return value < thanValue;
	}

}
