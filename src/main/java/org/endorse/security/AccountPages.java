package org.endorse.security;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.endorse.portal.FormErrors;
import org.endorse.portal.Languages;
import org.endorse.portal.PortalController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My account: a user's name, mail address and preferred language, and a change of password. Member users
 * never reach Camunda Admin; this is where they keep their own details.
 */
@PortalController
class AccountPages {

    private final UserAccounts accounts;
    private final Languages languages;
    private final MessageSource messages;
    private final CurrentUser currentUser;
    private final UserDirectory users;

    AccountPages(UserAccounts accounts, Languages languages, MessageSource messages, CurrentUser currentUser,
            UserDirectory users) {
        this.accounts = accounts;
        this.languages = languages;
        this.messages = messages;
        this.currentUser = currentUser;
        this.users = users;
    }

    /** The details form; the mail address is where notifications go. */
    record Details(@Size(max = 255) String firstName, @Size(max = 255) String lastName,
            @Email @Size(max = 255) String email, @NotBlank @Pattern(regexp = "en|fr") String language) {
    }

    record PasswordChange(@NotBlank String currentPassword, @NotBlank @Size(max = 128) String newPassword,
            @NotBlank String confirmation) {
    }

    @GetMapping("/account")
    String account(Model model, Locale locale) {
        EndorseUser user = currentUser.get();
        if (!model.containsAttribute("details")) {
            UserAccounts.Account account = accounts.account(user);
            model.addAttribute("details", new Details(account.firstName(), account.lastName(), account.email(),
                    languages.preferredBy(user.id()).orElse(locale).getLanguage()));
        }
        if (!model.containsAttribute("password")) {
            model.addAttribute("password", new PasswordChange(null, null, null));
        }
        model.addAttribute("roles", user.roles());
        model.addAttribute("memberCodes", user.memberCodes());
        return "portal/account";
    }

    @PostMapping("/account")
    String saveDetails(@Valid @ModelAttribute("details") Details details, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return account(model, Languages.supported(request.getLocale()));
        }
        accounts.update(currentUser.get(), new UserAccounts.Account(details.firstName(), details.lastName(),
                details.email()));
        Locale language = Locale.forLanguageTag(details.language());
        languages.setLocale(request, response, language);
        redirect.addFlashAttribute("notice", messages.getMessage("account.saved", null, language));
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("password") PasswordChange change, BindingResult binding, Model model,
            Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        if (!binding.hasErrors() && !change.newPassword().equals(change.confirmation())) {
            binding.rejectValue("confirmation", "mismatch", messages.getMessage("account.password.mismatch", null,
                    locale));
        }
        if (!binding.hasErrors()) {
            try {
                accounts.changePassword(currentUser.get(), change.currentPassword(), change.newPassword(),
                        request.getRemoteAddr());
                // This session goes on with the new password; the user's other sessions end.
                SessionAccountCheck.begin(request.getSession(), users, currentUser.get().id());
                redirect.addFlashAttribute("notice", messages.getMessage("account.password.changed", null, locale));
                return "redirect:/account";
            } catch (RuntimeException refused) {
                FormErrors.reject(binding, refused, messages, locale);
            }
        }
        return account(model, locale);
    }
}
