package org.cybersudoe.security.internal.shell;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.JaasCallers;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.security.UserAccounts;

/** Lists the accounts of the realm with their platform roles and partner. */
@Service
@Command(scope = "security", name = "user-list", description = "Lists user accounts with their platform roles and partner.")
public class UserListCommand implements Action {

    @Reference
    UserAccounts accounts;

    @Override
    public Object execute() {
        Caller caller = JaasCallers.current().orElse(Caller.SYSTEM);
        try {
            ShellTable table = new ShellTable();
            table.column("Login");
            table.column("Roles");
            table.column("Partner");
            for (UserAccounts.Account account : accounts.list(caller)) {
                table.addRow().addContent(account.login(),
                        account.roles().stream().map(Role::roleName).collect(Collectors.joining(",")),
                        account.partnerCode().orElse(""));
            }
            table.print(System.out);
        } catch (ProblemException e) {
            System.err.println("Error: " + e.getMessage());
        }
        return null;
    }
}
