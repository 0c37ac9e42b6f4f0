package nl.lse.platform.portal;

import nl.lse.platform.casework.RuleViolation;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

/** How a form shows a domain rule that refused it. */
public final class Forms {

	private Forms() {
	}

	/**
	 * Shows the rule's Dutch message next to the field it names (a rule about
	 * {@code actions[2].goalNumber} next to {@code actions}), or above the form when the
	 * form has no such field.
	 */
	public static void reject(BindingResult form, RuleViolation rule) {
		String field = rule.field().split("[.\\[]", 2)[0];
		if (hasField(form, field)) {
			form.rejectValue(field, "rule", rule.getMessage());
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
		catch (BeansException ex) {
			return false;
		}
	}

}
