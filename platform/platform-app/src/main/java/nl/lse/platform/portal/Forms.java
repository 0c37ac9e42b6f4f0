package nl.lse.platform.portal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

import nl.lse.platform.casework.RuleViolation;

import org.springframework.beans.BeansException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/** How a form shows a domain rule, or a change by someone else, that refused it. */
public final class Forms {

	private static final String STALE = "Iemand anders heeft dit intussen gewijzigd. Wat u invulde staat er nog: "
			+ "controleer de pagina en sla opnieuw op.";

	private Forms() {
	}

	/**
	 * Someone else changed the record since the form was opened: the form comes back with
	 * what was typed, the current version and a message above it, so saving again is one
	 * click once the user has looked at the change.
	 */
	public static void stale(BindingResult form, long currentVersion, Model model) {
		Object typed = form.getTarget();
		Object fresh = (typed instanceof Record record) ? withVersion(record, currentVersion) : typed;
		BindingResult rebound = new DirectFieldBindingResult(fresh, form.getObjectName());
		rebound.reject("stale", STALE);
		model.addAttribute(form.getObjectName(), fresh);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + form.getObjectName(), rebound);
	}

	private static Object withVersion(Record form, long version) {
		RecordComponent[] components = form.getClass().getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				Method accessor = components[i].getAccessor();
				accessor.setAccessible(true);
				values[i] = "version".equals(components[i].getName()) ? Long.valueOf(version) : accessor.invoke(form);
			}
			Constructor<?> canonical = form.getClass().getDeclaredConstructor(types);
			canonical.setAccessible(true);
			return canonical.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot renew the version of " + form.getClass(), ex);
		}
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
