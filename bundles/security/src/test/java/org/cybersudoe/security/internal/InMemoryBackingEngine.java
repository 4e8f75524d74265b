package org.cybersudoe.security.internal;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;

/** A user store in memory, shaped like the realm's properties file. */
class InMemoryBackingEngine implements BackingEngine {

    final Map<String, String> passwords = new LinkedHashMap<>();
    final Map<String, List<String>> userRoles = new LinkedHashMap<>();
    final Map<String, List<String>> userGroups = new LinkedHashMap<>();
    final Map<String, List<String>> groupRoles = new LinkedHashMap<>();

    InMemoryBackingEngine() {
        groupRoles.put("admingroup", new ArrayList<>(List.of("admin", "manager", "viewer", "systembundles", "ssh")));
        groupRoles.put("partnerstaffgroup", new ArrayList<>(List.of("partner-staff", "ssh")));
        groupRoles.put("partneradmingroup", new ArrayList<>(List.of("partner-admin", "ssh")));
    }

    @Override public void addUser(String username, String password) {
        passwords.put(username, password);
        userRoles.putIfAbsent(username, new ArrayList<>());
        userGroups.putIfAbsent(username, new ArrayList<>());
    }
    @Override public void deleteUser(String username) { passwords.remove(username); }
    @Override public List<UserPrincipal> listUsers() { return passwords.keySet().stream().map(UserPrincipal::new).toList(); }
    @Override public UserPrincipal lookupUser(String username) { return passwords.containsKey(username) ? new UserPrincipal(username) : null; }
    @Override public List<GroupPrincipal> listGroups(UserPrincipal user) {
        return userGroups.getOrDefault(user.getName(), List.of()).stream().map(GroupPrincipal::new).toList();
    }
    @Override public Map<GroupPrincipal, String> listGroups() { return Map.of(); }
    @Override public void addGroup(String username, String group) { userGroups.get(username).add(group); }
    @Override public void createGroup(String group) { groupRoles.putIfAbsent(group, new ArrayList<>()); }
    @Override public void deleteGroup(String username, String group) { userGroups.get(username).remove(group); }
    @Override public List<RolePrincipal> listRoles(Principal principal) {
        List<String> names = principal instanceof GroupPrincipal
                ? groupRoles.getOrDefault(principal.getName(), List.of())
                : userRoles.getOrDefault(principal.getName(), List.of());
        return names.stream().map(RolePrincipal::new).toList();
    }
    @Override public void addRole(String username, String role) { userRoles.get(username).add(role); }
    @Override public void deleteRole(String username, String role) { userRoles.get(username).remove(role); }
    @Override public void addGroupRole(String group, String role) { groupRoles.get(group).add(role); }
    @Override public void deleteGroupRole(String group, String role) { groupRoles.get(group).remove(role); }
}
