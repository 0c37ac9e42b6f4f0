package nl.lse.platform.portal;

import nl.lse.platform.casework.RuleViolation;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** How a form shows a domain rule that refused it. */
public final class Forms {

	private Forms() {
	}

	/**
	 * Shows the rule's Dutch message next to the field it names, or above the form when
	 * the form has no such field.
	 */
	public static void reject(BindingResult form, RuleViolation rule) {
		if (hasField(form, rule.field())) {
			form.rejectValue(rule.field(), "rule", rule.getMessage());
		}
		else {
			form.reject("rule", rule.getMessage());
		}
	}

	private static boolean hasField(BindingResult form, String field) {
		try {
			form.getFieldValue(field);
			return true;
		}
		catch (NotReadablePropertyException ex) {
			return false;
		}
	}

}
