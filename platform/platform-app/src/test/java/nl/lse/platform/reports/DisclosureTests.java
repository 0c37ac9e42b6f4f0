package nl.lse.platform.reports;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureTests {

	@Test
	void aSmallCellTakesTheSmallestOtherCellOfItsLineWithIt() {
		Disclosure disclosure = new Disclosure();
		int a = disclosure.cell(2, 0);
		int b = disclosure.cell(9, 0);
		int c = disclosure.cell(6, 0);
		int total = disclosure.cell(17, 0);
		disclosure.line(total, a, b, c);
		BitSet suppressed = disclosure.suppress(5);
		assertThat(suppressed.stream().toArray()).containsExactly(a, c);
	}

	@Test
	void twoSmallCellsThatTogetherStayBelowKTakeAThird() {
		Disclosure disclosure = new Disclosure();
		int a = disclosure.cell(1, 0);
		int b = disclosure.cell(2, 0);
		int c = disclosure.cell(7, 0);
		int d = disclosure.cell(5, 0);
		int total = disclosure.cell(15, 0);
		disclosure.line(total, a, b, c, d);
		assertThat(disclosure.suppress(5).stream().toArray()).containsExactly(a, b, d);
	}

	@Test
	void aLineWithoutSmallCellsShowsEverything() {
		Disclosure disclosure = new Disclosure();
		int a = disclosure.cell(0, 0);
		int b = disclosure.cell(5, 0);
		disclosure.line(disclosure.cell(5, 0), a, b);
		assertThat(disclosure.suppress(5).isEmpty()).isTrue();
	}

	@Test
	void aSmallTotalIsHiddenWithAPartBehindIt() {
		Disclosure disclosure = new Disclosure();
		int a = disclosure.cell(3, 0);
		int b = disclosure.cell(0, 0);
		int total = disclosure.cell(3, 0);
		disclosure.line(total, a, b);
		BitSet suppressed = disclosure.suppress(5);
		assertThat(suppressed.get(total)).isTrue();
		assertThat(suppressed.get(a)).isTrue();
	}

	@Test
	void betweenPeriodsTheNewerCellIsHiddenRatherThanAnOlderOne() {
		Disclosure disclosure = new Disclosure();
		int july = disclosure.cell(2, 0);
		int august = disclosure.cell(8, 1);
		int september = disclosure.cell(9, 2);
		int quarter = disclosure.cell(19, 3);
		disclosure.line(quarter, july, august, september);
		assertThat(disclosure.suppress(5).stream().toArray()).containsExactly(july, quarter);
	}

}
